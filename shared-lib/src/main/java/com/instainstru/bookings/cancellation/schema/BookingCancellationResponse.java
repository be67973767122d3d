package com.instainstru.bookings.cancellation.schema;

import java.math.BigDecimal;
import java.time.Instant;

/** The cancelled booking and the policy outcome that payments will settle. */
public record BookingCancellationResponse(
        String bookingId,
        String status,
        Instant cancelledAt,
        String cancelledBy,
        String policyWindow,
        BigDecimal hoursBeforeStart,
        boolean gamingReschedule,
        String outcome,
        CancellationAmounts amounts) {
}
