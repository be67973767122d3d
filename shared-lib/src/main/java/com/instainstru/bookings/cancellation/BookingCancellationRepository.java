package com.instainstru.bookings.cancellation;

import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import com.instainstru.pricing.FeeRates;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** {@code bookings} as cancellation changes it, and {@code booking_cancellations}. */
@ApplicationScoped
public class BookingCancellationRepository {

    private static final RowMapper<CancellableBooking> BOOKING = row -> new CancellableBooking(row.trimmed("id"),
            row.trimmed("student_id"), row.trimmed("instructor_id"), BookingStatus.valueOf(row.string("status")),
            row.instant("start_at"), row.integer("total_price_cents"),
            FeeRates.instructorTierPct(row.bool("is_founding_instructor"), new BigDecimal(row.string("tier_pct"))),
            row.bool("gaming_reschedule"), row.bool("locked"));

    private final Jdbc jdbc;

    public BookingCancellationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads and locks the booking row until the transaction ends, so two cancellations (or a cancellation and
     * another status change) of the same booking run one after the other. A reschedule cancels the original
     * booking at the moment it replaces it, so the original's {@code start_at - cancelled_at} is how far away
     * it was then.
     */
    public Optional<CancellableBooking> lock(String bookingId) {
        return jdbc.queryOne("""
                SELECT b.id, b.student_id, b.instructor_id, b.status, b.start_at, b.total_price_cents,
                       p.is_founding_instructor, p.current_tier_pct::text AS tier_pct,
                       COALESCE(o.start_at - o.cancelled_at < interval '24 hours', false) AS gaming_reschedule,
                       b.locked_at IS NOT NULL AS locked
                  FROM bookings b
                  JOIN instructor_profiles p ON p.user_id = b.instructor_id
                  LEFT JOIN bookings o ON o.id = b.rescheduled_from_booking_id
                 WHERE b.id = ?
                   FOR UPDATE OF b
                """, BOOKING, bookingId);
    }

    public void markCancelled(String bookingId, String cancelledById, String reason, Instant now) {
        jdbc.update("""
                UPDATE bookings
                   SET status = ?, cancelled_at = ?, cancelled_by_id = ?, cancellation_reason = ?, updated_at = ?
                 WHERE id = ?
                """, BookingStatus.CANCELLED, now, cancelledById, reason, now, bookingId);
    }

    public void insert(String bookingId, CancelledBy cancelledBy, boolean gamingReschedule,
            CancellationDecision decision, Instant decidedAt) {
        jdbc.update("""
                INSERT INTO booking_cancellations (booking_id, cancelled_by_role, policy_window, outcome,
                    hours_before_start, gaming_reschedule, lesson_price_cents, student_fee_cents, instructor_fee_pct,
                    instructor_fee_cents, student_charge_cents, student_credit_cents, student_refund_cents,
                    instructor_payout_cents, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, bookingId, cancelledBy.value(), decision.window().value(), decision.outcome().value(),
                decision.hoursBeforeStart(), gamingReschedule, decision.lessonPriceCents(), decision.studentFeeCents(),
                decision.instructorFeePct(), decision.instructorFeeCents(), decision.studentChargeCents(),
                decision.studentCreditCents(), decision.studentRefundCents(), decision.instructorPayoutCents(),
                decidedAt);
    }
}
