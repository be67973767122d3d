package com.instainstru.payments.housekeeping;

import com.instainstru.payments.tiers.TierRefreshReport;
import java.time.Instant;

/** What one payment-housekeeping run did, for the logs and the invoker. */
public record HousekeepingReport(Instant at, int creditsExpired, int idempotencyRecordsDeleted,
        TierRefreshReport tiers) {
}
