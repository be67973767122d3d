package com.instainstru.payments.stripe;

/**
 * Stripe failed on its side (5xx), or a concurrent request with the same idempotency key was still running (409).
 * A 409 is retried later with the same key. A 5xx is not: Stripe stores a 500 under the key once the endpoint started
 * executing and replays it for that key (payments-checks-ratelimit.md §1.4), so the caller looks the object up and
 * then retries with a new key ({@link #mayBeStoredUnderKey()}).
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

    /** A 5xx: Stripe may replay this answer to every request with the same key. */
    public boolean mayBeStoredUnderKey() {
        return status >= 500;
    }

    @Override
    public boolean retryWithSameKey() {
        return !mayBeStoredUnderKey();
    }
}
