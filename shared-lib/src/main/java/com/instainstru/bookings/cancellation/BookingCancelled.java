package com.instainstru.bookings.cancellation;

import com.instainstru.bookings.cancellation.schema.CancellationAmounts;
import java.time.Instant;

/** Payload of the {@code booking.cancelled} outbox event; payments settles the outcome (issue #7). */
public record BookingCancelled(
        String bookingId,
        String studentId,
        String instructorId,
        String previousStatus,
        String cancelledBy,
        Instant startAt,
        Instant cancelledAt,
        String policyWindow,
        String outcome,
        CancellationAmounts amounts) {

    public static final String TYPE = "booking.cancelled";
}
