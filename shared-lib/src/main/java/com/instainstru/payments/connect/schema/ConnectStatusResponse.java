package com.instainstru.payments.connect.schema;

import java.time.Instant;
import java.util.List;

/**
 * The instructor's Connect account as Stripe reports it now. {@code ready}: charges and payouts enabled, details
 * submitted and nothing due, the condition for taking bookings. Without an account every flag is false.
 */
public record ConnectStatusResponse(boolean hasAccount, boolean chargesEnabled, boolean payoutsEnabled,
        boolean detailsSubmitted, List<String> requirementsDue, boolean ready, Instant onboardingCompletedAt) {

    public ConnectStatusResponse {
        requirementsDue = List.copyOf(requirementsDue);
    }
}
