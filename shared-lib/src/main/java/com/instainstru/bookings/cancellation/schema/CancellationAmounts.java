package com.instainstru.bookings.cancellation.schema;

import java.math.BigDecimal;

/** Every amount of a cancellation in cents (see {@code CancellationDecision} for what each means). */
public record CancellationAmounts(
        int lessonPriceCents,
        int studentFeeCents,
        BigDecimal instructorFeePct,
        int instructorFeeCents,
        int studentChargeCents,
        int studentCreditCents,
        int studentRefundCents,
        int instructorPayoutCents) {
}
