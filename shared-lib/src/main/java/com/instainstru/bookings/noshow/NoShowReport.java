package com.instainstru.bookings.noshow;

import com.instainstru.bookings.noshow.schema.NoShowResponse;
import com.instainstru.bookings.status.BookingStatus;
import java.time.Instant;

/**
 * A row of {@code booking_no_shows}. The dispute members are all null until the accused disputes; the resolution
 * members until the report is resolved ({@code resolvedById} stays null when the job confirmed it).
 */
public record NoShowReport(
        String bookingId,
        NoShowType type,
        String reportedById,
        CallerRole reportedByRole,
        String reason,
        Instant reportedAt,
        Instant disputeDeadline,
        String disputedById,
        Instant disputedAt,
        String disputeReason,
        NoShowResolution resolution,
        NoShowSettlement settlementOutcome,
        String resolvedById,
        Instant resolvedAt) {

    static NoShowReport filed(String bookingId, NoShowType type, String reportedById, CallerRole role,
            String reason, Instant reportedAt, Instant disputeDeadline) {
        return new NoShowReport(bookingId, type, reportedById, role, reason, reportedAt, disputeDeadline, null, null,
                null, null, null, null, null);
    }

    boolean disputed() {
        return disputedAt != null;
    }

    boolean resolved() {
        return resolution != null;
    }

    NoShowReport withDispute(String byId, Instant at, String disputeReasonText) {
        return new NoShowReport(bookingId, type, reportedById, reportedByRole, reason, reportedAt, disputeDeadline,
                byId, at, disputeReasonText, resolution, settlementOutcome, resolvedById, resolvedAt);
    }

    NoShowReport withResolution(NoShowResolution chosen, NoShowSettlement outcome, String byId, Instant at) {
        return new NoShowReport(bookingId, type, reportedById, reportedByRole, reason, reportedAt, disputeDeadline,
                disputedById, disputedAt, disputeReason, chosen, outcome, byId, at);
    }

    NoShowResponse toResponse(BookingStatus bookingStatus) {
        return new NoShowResponse(bookingId, bookingStatus.name(), type.value(), reportedByRole.value(), reason,
                reportedAt, disputeDeadline, disputedAt, disputeReason,
                resolution == null ? null : resolution.value(),
                settlementOutcome == null ? null : settlementOutcome.value(), resolvedAt);
    }
}
