package com.instainstru.payments.stripe;

/**
 * The issuer wants the cardholder to authenticate (3-D Secure): an off-session confirmation failed with
 * {@code authentication_required}, or the PaymentIntent came back in {@code requires_action}. Never retried
 * off-session; the student confirms this same PaymentIntent on-session.
 *
 * @param paymentIntentId the PaymentIntent to confirm on-session; null when Stripe named none
 * @param clientSecret that PaymentIntent's client secret, for the student's browser to confirm it (Stripe.js
 *     {@code confirmCardPayment}); null when Stripe returned none
 */
public final class AuthenticationRequired extends StripeFailure {

    private final String paymentIntentId;
    private final String clientSecret;

    AuthenticationRequired(String paymentIntentId, String clientSecret, String message, String requestId,
            Throwable cause) {
        super("authentication required: " + message, requestId, cause);
        this.paymentIntentId = paymentIntentId;
        this.clientSecret = clientSecret;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String paymentIntentId() {
        return paymentIntentId;
    }

    @Override
    public boolean retryWithSameKey() {
        return false;
    }
}
