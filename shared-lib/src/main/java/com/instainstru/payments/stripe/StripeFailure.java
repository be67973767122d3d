package com.instainstru.payments.stripe;

/**
 * Why a Stripe call did not succeed, in the few kinds the payment workflow acts on differently. Each subclass says
 * whether repeating the call with the SAME idempotency key can help ({@link #retryWithSameKey()}): rate limits,
 * Stripe's own failures and lost answers can; a decline, an authentication request and an invalid request cannot.
 */
public abstract sealed class StripeFailure extends RuntimeException
        permits CardDeclined, AuthenticationRequired, StripeRateLimited, StripeServerError, StripeOutcomeUnknown,
        StripeRequestInvalid {

    private final String requestId;

    StripeFailure(String message, String requestId, Throwable cause) {
        super(message, cause);
        this.requestId = requestId;
    }

    /** Whether the same call with the same idempotency key may succeed later. */
    public abstract boolean retryWithSameKey();

    /** Stripe's {@code Request-Id} when an answer arrived, for support tickets; null otherwise. */
    public String requestId() {
        return requestId;
    }
}
