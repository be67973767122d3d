package com.instainstru.bookings.noshow;

import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code booking_no_shows}, and the {@code bookings} status changes a report and its resolution make. */
@ApplicationScoped
public class NoShowRepository {

    private static final RowMapper<NoShowReport> REPORT = row -> new NoShowReport(row.trimmed("booking_id"),
            NoShowType.parse(row.string("no_show_type")).orElseThrow(), row.trimmed("reported_by_id"),
            CallerRole.fromValue(row.string("reported_by_role")), row.string("reason"), row.instant("reported_at"),
            row.instant("dispute_deadline"), row.trimmed("disputed_by_id"), row.instant("disputed_at"),
            row.string("dispute_reason"),
            row.string("resolution") == null ? null : NoShowResolution.fromValue(row.string("resolution")),
            row.string("settlement_outcome") == null ? null
                    : NoShowSettlement.fromValue(row.string("settlement_outcome")),
            row.trimmed("resolved_by_id"), row.instant("resolved_at"));

    private final Jdbc jdbc;

    public NoShowRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inside a transaction: the booking, its row locked until the transaction ends. Every no-show write locks the
     * booking first, so a report, a dispute, a resolution, a cancellation and a completion of one booking run one
     * after the other.
     */
    public Optional<NoShowBooking> lockBooking(String bookingId) {
        return jdbc.queryOne("""
                SELECT id, student_id, instructor_id, status, start_at, end_at FROM bookings WHERE id = ? FOR UPDATE
                """, row -> new NoShowBooking(row.trimmed("id"), row.trimmed("student_id"),
                row.trimmed("instructor_id"), BookingStatus.valueOf(row.string("status")), row.instant("start_at"),
                row.instant("end_at")), bookingId);
    }

    /**
     * The booking's report, its row locked too: the automatic confirmation claims reports without the booking
     * lock, and this lock makes it wait for (and then skip) a report being disputed or resolved, or the reverse.
     */
    public Optional<NoShowReport> lockReport(String bookingId) {
        return jdbc.queryOne("""
                SELECT booking_id, no_show_type, reported_by_id, reported_by_role, reason, reported_at, dispute_deadline,
                       disputed_by_id, disputed_at, dispute_reason, resolution, settlement_outcome, resolved_by_id,
                       resolved_at
                  FROM booking_no_shows WHERE booking_id = ? FOR UPDATE
                """, REPORT, bookingId);
    }

    public void insert(NoShowReport report) {
        jdbc.update("""
                INSERT INTO booking_no_shows (booking_id, no_show_type, reported_by_id, reported_by_role, reason,
                    reported_at, dispute_deadline)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, report.bookingId(), report.type().value(), report.reportedById(), report.reportedByRole().value(),
                report.reason(), report.reportedAt(), report.disputeDeadline());
    }

    public void recordDispute(String bookingId, String disputedById, String reason, Instant now) {
        jdbc.update("""
                UPDATE booking_no_shows SET disputed_by_id = ?, disputed_at = ?, dispute_reason = ?
                 WHERE booking_id = ?
                """, disputedById, now, reason, bookingId);
    }

    public void recordResolution(String bookingId, NoShowResolution resolution, NoShowSettlement outcome,
            String resolvedById, Instant now) {
        jdbc.update("""
                UPDATE booking_no_shows SET resolution = ?, settlement_outcome = ?, resolved_by_id = ?, resolved_at = ?
                 WHERE booking_id = ?
                """, resolution.value(), outcome.value(), resolvedById, now, bookingId);
    }

    /** Sets the booking's status; COMPLETED also stamps {@code completed_at}. */
    public void setBookingStatus(String bookingId, BookingStatus status, Instant now) {
        jdbc.update("""
                UPDATE bookings
                   SET status = ?, updated_at = ?,
                       completed_at = CASE WHEN ? = 'COMPLETED' THEN ? ELSE completed_at END
                 WHERE id = ?
                """, status, now, status.name(), now, bookingId);
    }

    /**
     * Confirms every open, undisputed report of {@code type} whose dispute deadline is at or before {@code now},
     * and returns them. One statement: two overlapping runs never confirm a report twice.
     */
    public List<ConfirmedNoShow> confirmUndisputed(NoShowType type, NoShowSettlement outcome, Instant now) {
        return jdbc.query("""
                UPDATE booking_no_shows n
                   SET resolution = ?, settlement_outcome = ?, resolved_at = ?
                  FROM bookings b
                 WHERE b.id = n.booking_id AND n.no_show_type = ? AND n.resolution IS NULL
                   AND n.disputed_at IS NULL AND n.dispute_deadline <= ?
                RETURNING n.booking_id, b.student_id, b.instructor_id
                """, row -> new ConfirmedNoShow(row.trimmed("booking_id"), row.trimmed("student_id"),
                row.trimmed("instructor_id")), NoShowResolution.CONFIRMED_NO_DISPUTE.value(), outcome.value(), now,
                type.value(), now);
    }
}
