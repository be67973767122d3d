package com.instainstru.payments.stripe;

/** Stripe answered 429: too many requests. Retry later with the same key. */
public final class StripeRateLimited extends StripeFailure {

    StripeRateLimited(String message, String requestId, Throwable cause) {
        super("Stripe rate limit: " + message, requestId, cause);
    }

    @Override
    public boolean retryWithSameKey() {
        return true;
    }
}
