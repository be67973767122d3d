package com.instainstru.bookings.noshow;

import java.time.Instant;

/**
 * Payload of {@code booking.no_show_resolved}: payments executes {@code settlementOutcome} and leaves
 * {@code manual_review}. {@code resolvedById} is null when the job confirmed an undisputed report.
 */
public record NoShowResolved(
        String bookingId,
        String studentId,
        String instructorId,
        String type,
        String resolution,
        String settlementOutcome,
        String bookingStatus,
        String resolvedById,
        Instant resolvedAt) {

    public static final String TYPE = "booking.no_show_resolved";
}
