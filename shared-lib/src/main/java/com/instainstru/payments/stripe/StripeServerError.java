package com.instainstru.payments.stripe;

/**
 * Stripe failed on its side (5xx), or a concurrent request with the same idempotency key was still running (409).
 * Retry later with the same key: Stripe replays a stored result, or runs the request if none was stored.
 */
public final class StripeServerError extends StripeFailure {

    private final int status;

    StripeServerError(int status, String message, String requestId, Throwable cause) {
        super("Stripe answered " + status + ": " + message, requestId, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    @Override
    public boolean retryWithSameKey() {
        return true;
    }
}
