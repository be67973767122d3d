package com.instainstru.bookings.creation;

import java.time.Instant;

/**
 * Where a new booking comes from (reference §13): a fresh booking, or the replacement of a rescheduled one with
 * the chain's reschedule count, whether the one late (12-24 h) reschedule has been used, and when its payment was
 * LOCKed (only for the booking a late reschedule creates).
 */
public record Lineage(String rescheduledFromBookingId, int rescheduleCount, boolean lateRescheduleUsed,
        Instant lockedAt) {

    /** A booking that replaces nothing. */
    public static Lineage fresh() {
        return new Lineage(null, 0, false, null);
    }
}
