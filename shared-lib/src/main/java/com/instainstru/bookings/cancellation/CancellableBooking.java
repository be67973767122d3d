package com.instainstru.bookings.cancellation;

import com.instainstru.bookings.status.BookingStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A booking as cancellation reads it under its row lock, with the instructor's commission and whether it
 * came from a gaming reschedule (the original lesson was < 24 h away when it was replaced) and whether its payment
 * is LOCKed by a late reschedule.
 */
public record CancellableBooking(
        String id,
        String studentId,
        String instructorId,
        BookingStatus status,
        Instant startAt,
        int totalPriceCents,
        BigDecimal instructorTierPct,
        boolean gamingReschedule,
        boolean locked) {
}
