package com.instainstru.bookings.noshow;

import java.time.Instant;

/**
 * Payload of {@code booking.no_show_reported}: payments puts the booking's payment in {@code manual_review}, which
 * freezes capture until the report is resolved (issue #7); notifications tell the accused how to dispute.
 */
public record NoShowReported(
        String bookingId,
        String studentId,
        String instructorId,
        String type,
        String reportedById,
        String reportedByRole,
        Instant startAt,
        Instant endAt,
        Instant reportedAt,
        Instant disputeDeadline) {

    public static final String TYPE = "booking.no_show_reported";
}
