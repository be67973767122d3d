package com.instainstru.payments.stripe;

import com.instainstru.platform.errors.DependencyUnavailableException;
import java.time.Duration;
import java.util.function.Supplier;

/** For routes that read from Stripe on the caller's behalf: any Stripe failure answers 503, never stale data. */
public final class StripeAvailability {

    private StripeAvailability() {
    }

    public static <T> T orUnavailable(Supplier<T> call) {
        try {
            return call.get();
        } catch (StripeFailure e) {
            throw new DependencyUnavailableException("Stripe", Duration.ofSeconds(5), e);
        }
    }
}
