package com.instainstru.payments.tiers;

import java.math.BigDecimal;

/** An instructor due for the day's tier evaluation, with their completed lessons in the last 30 and 90 days. */
record TierCandidate(String instructorId, boolean founding, BigDecimal currentTierPct, int completedLast30Days,
        int completedLast90Days) {
}
