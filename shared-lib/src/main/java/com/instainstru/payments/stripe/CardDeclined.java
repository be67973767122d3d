package com.instainstru.payments.stripe;

/**
 * The card was declined (HTTP 402 {@code card_error}, e.g. {@code card_declined} with decline code
 * {@code insufficient_funds}). The student must bring another card; the next attempt needs a new idempotency key.
 *
 * @param code Stripe's error code, e.g. {@code card_declined}, {@code expired_card}
 * @param declineCode the issuer's reason, e.g. {@code insufficient_funds}; null when Stripe gives none
 * @param paymentIntentId the PaymentIntent left in {@code requires_payment_method}; null when none was created
 */
public final class CardDeclined extends StripeFailure {

    private final String code;
    private final String declineCode;
    private final String paymentIntentId;

    CardDeclined(String code, String declineCode, String paymentIntentId, String message, String requestId,
            Throwable cause) {
        super("card declined: " + code + (declineCode == null ? "" : " (" + declineCode + ")") + ": " + message,
                requestId, cause);
        this.code = code;
        this.declineCode = declineCode;
        this.paymentIntentId = paymentIntentId;
    }

    public String code() {
        return code;
    }

    public String declineCode() {
        return declineCode;
    }

    public String paymentIntentId() {
        return paymentIntentId;
    }

    @Override
    public boolean retryWithSameKey() {
        return false;
    }
}
