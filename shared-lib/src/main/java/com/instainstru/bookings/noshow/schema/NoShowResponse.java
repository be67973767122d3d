package com.instainstru.bookings.noshow.schema;

import java.time.Instant;

/**
 * A booking's no-show report as it stands after the call. The dispute members are null until the accused
 * disputes; {@code resolution}, {@code settlementOutcome} and {@code resolvedAt} until it is resolved.
 */
public record NoShowResponse(
        String bookingId,
        String bookingStatus,
        String type,
        String reportedByRole,
        String reason,
        Instant reportedAt,
        Instant disputeDeadline,
        Instant disputedAt,
        String disputeReason,
        String resolution,
        String settlementOutcome,
        Instant resolvedAt) {
}
