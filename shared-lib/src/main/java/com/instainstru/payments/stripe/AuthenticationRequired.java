package com.instainstru.payments.stripe;

/**
 * The issuer wants the cardholder to authenticate (3-D Secure): an off-session confirmation failed with
 * {@code authentication_required}, or the PaymentIntent came back in {@code requires_action}. Never retried
 * off-session; the student confirms this same PaymentIntent on-session.
 *
 * @param paymentIntentId the PaymentIntent to confirm on-session; null when Stripe named none
 */
public final class AuthenticationRequired extends StripeFailure {

    private final String paymentIntentId;

    AuthenticationRequired(String paymentIntentId, String message, String requestId, Throwable cause) {
        super("authentication required: " + message, requestId, cause);
        this.paymentIntentId = paymentIntentId;
    }

    public String paymentIntentId() {
        return paymentIntentId;
    }

    @Override
    public boolean retryWithSameKey() {
        return false;
    }
}
