package com.instainstru.payments.connect;

import java.time.Instant;
import java.util.List;

/** An instructor's Connect account as we last saw it at Stripe, and the go-live flag derived from it. */
public record ConnectReadiness(String stripeAccountId, boolean chargesEnabled, boolean payoutsEnabled,
        boolean detailsSubmitted, List<String> requirementsDue, Instant onboardingCompletedAt,
        Instant lastRefreshedAt, boolean stripeConnectReady) {
}
