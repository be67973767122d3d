package com.instainstru.payments.tiers;

import java.time.LocalDate;

/** One run of the tier refresh: the evaluation day, instructors evaluated, and those whose tier changed. */
public record TierRefreshReport(LocalDate evaluationDay, int evaluated, int changed) {
}
