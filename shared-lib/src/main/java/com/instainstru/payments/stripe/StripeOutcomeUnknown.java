package com.instainstru.payments.stripe;

/**
 * No answer arrived (connection failure or read timeout): Stripe may or may not have acted. Retry with the SAME key,
 * which either performs the call or returns what Stripe already did; never with a new key.
 */
public final class StripeOutcomeUnknown extends StripeFailure {

    StripeOutcomeUnknown(String message, Throwable cause) {
        super("Stripe call outcome unknown: " + message, null, cause);
    }

    @Override
    public boolean retryWithSameKey() {
        return true;
    }
}
