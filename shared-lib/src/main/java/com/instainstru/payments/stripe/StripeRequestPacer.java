package com.instainstru.payments.stripe;

import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.ratelimit.RateLimitDecision;
import com.instainstru.platform.ratelimit.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds every Stripe request of every function to one shared rate, the GCRA bucket
 * {@value RateLimitBuckets#STRIPE_OUTBOUND} in Redis (80 requests/s by default, under Stripe's live limit of 100/s;
 * operators change it at run time like any bucket). A request waits for its turn up to {@code maxWait}, then fails
 * as {@link StripeRateLimited}, which the payment worker hands back to the queue to retry with the same key. When Redis
 * cannot be asked the request goes ahead unpaced (the limiter fails open): Stripe's own 429 remains the backstop.
 */
@ApplicationScoped
public class StripeRequestPacer {

    static final String IDENTITY = "platform";

    private final RateLimiter limiter;
    private final Duration maxWait;

    @Inject
    public StripeRequestPacer(RateLimiter limiter,
            @ConfigProperty(name = "instainstru.stripe.outbound-max-wait", defaultValue = "PT5S") Duration maxWait) {
        this.limiter = limiter;
        this.maxWait = maxWait;
    }

    /** Returns once this request may go to Stripe; throws {@link StripeRateLimited} after waiting {@code maxWait}. */
    public void awaitTurn() {
        Duration waited = Duration.ZERO;
        while (true) {
            RateLimitDecision decision = limiter.check(RateLimitBuckets.STRIPE_OUTBOUND, IDENTITY);
            if (decision.allowed()) {
                return;
            }
            Duration pause = decision.retryAfter();
            if (waited.plus(pause).compareTo(maxWait) > 0) {
                throw new StripeRateLimited("our outbound budget is spent for " + maxWait.toMillis() + " ms", null,
                        null);
            }
            sleep(pause);
            waited = waited.plus(pause);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(Math.max(1, pause.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StripeRateLimited("interrupted while waiting for the outbound budget", null, e);
        }
    }
}
