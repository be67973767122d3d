package com.instainstru.payments.workflow;

import static com.instainstru.payments.workflow.RetryPolicy.ABANDONED_CLAIM;
import static com.instainstru.payments.workflow.RetryPolicy.CAPTURE_AFTER_END;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The statements of settlements, LOCKs and reschedule carry-overs. What is due is read from the bookings side's
 * records: a cancellation's outcome and amounts ({@code booking_cancellations}), a confirmed no-show's outcome
 * ({@code booking_no_shows}), a LOCKed booking ({@code bookings.locked_at}), a rescheduled booking's successor
 * ({@code bookings.rescheduled_from_booking_id}). Each due condition is written once and used by the scheduler's
 * finder and by the worker's claim.
 */
@ApplicationScoped
public class SettlementRepository {

    /** The payment's columns a {@link SettlementClaim} needs (with its status and the cancellation's amounts). */
    private static final String PAYMENT = """
            p.booking_id, p.student_id, p.payment_intent_id, p.stripe_transfer_id, p.destination_account_id,
            p.card_charge_cents, p.application_fee_cents, p.instructor_payout_cents""";
    private static final String OPEN = "p.status IN ('scheduled', 'payment_method_required', 'authorized', 'locked')";
    // params: lockedPayoutLine(at)
    private static final String SETTLEMENT = """
            SELECT p.status, %s,
                   c.student_credit_cents, c.instructor_payout_cents AS split_payout_cents,
                   CASE WHEN b.status = 'CANCELLED' THEN c.outcome
                        WHEN b.status = 'NO_SHOW' THEN n.settlement_outcome
                        WHEN b.status = 'COMPLETED' AND p.status = 'locked' AND b.end_at <= ?
                            THEN 'lesson_completed_full_payout' END AS outcome
              FROM booking_payments p
              JOIN bookings b ON b.id = p.booking_id
              LEFT JOIN booking_cancellations c ON c.booking_id = p.booking_id
              LEFT JOIN booking_no_shows n ON n.booking_id = p.booking_id
                   AND n.resolution IN ('confirmed_no_dispute', 'confirmed_after_review')
            """.formatted(PAYMENT);
    private static final String LOCK_DUE = """
            p.status = 'authorized' AND b.locked_at IS NOT NULL AND b.status IN ('PENDING', 'CONFIRMED')
            """;
    private static final String CARRY_OVER_DUE = """
            b.status = 'CANCELLED' AND %s
            AND NOT EXISTS (SELECT 1 FROM booking_cancellations c WHERE c.booking_id = b.id)
            AND EXISTS (SELECT 1 FROM bookings s WHERE s.rescheduled_from_booking_id = b.id)
            """.formatted(OPEN);

    private final Jdbc jdbc;

    public SettlementRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // ---- finding due work --------------------------------------------------------------------------------------

    /** Cancellations, confirmed no-shows and completed LOCKed lessons to settle, and settlements left in flight. */
    List<String> settlementsDue(Instant at, int limit) {
        return jdbc.query("""
                SELECT booking_id FROM (%s WHERE %s) due WHERE outcome IS NOT NULL
                UNION
                SELECT p.booking_id FROM booking_payments p WHERE p.status = 'settling' AND p.updated_at <= ?
                 ORDER BY booking_id LIMIT ?
                """.formatted(SETTLEMENT, OPEN), row -> row.string("booking_id"), lockedPayoutLine(at),
                at.minus(ABANDONED_CLAIM), limit);
    }

    List<String> locksDue(int limit) {
        return jdbc.query("""
                SELECT p.booking_id FROM booking_payments p JOIN bookings b ON b.id = p.booking_id
                 WHERE %s ORDER BY p.booking_id LIMIT ?
                """.formatted(LOCK_DUE), row -> row.string("booking_id"), limit);
    }

    List<String> carryOversDue(int limit) {
        return jdbc.query("""
                SELECT p.booking_id FROM booking_payments p JOIN bookings b ON b.id = p.booking_id
                 WHERE %s ORDER BY p.booking_id LIMIT ?
                """.formatted(CARRY_OVER_DUE), row -> row.string("booking_id"), limit);
    }

    // ---- claims ------------------------------------------------------------------------------------------------

    /** Open payment -> settling with the outcome due at {@code at}; call inside a transaction. */
    Optional<SettlementClaim> claimSettlement(String bookingId, Instant at, Instant now) {
        Optional<SettlementClaim> due = jdbc.queryOne("""
                SELECT * FROM (%s WHERE p.booking_id = ? AND %s FOR UPDATE OF p) due WHERE outcome IS NOT NULL
                """.formatted(SETTLEMENT, OPEN), row -> claim(row, row.string("outcome"), row.string("status")),
                lockedPayoutLine(at), bookingId);
        return due.filter(claim -> markSettling(claim, now));
    }

    /** authorized -> settling for a LOCK, if the booking is LOCKed and still live. */
    Optional<SettlementClaim> claimLock(String bookingId, Instant now) {
        Optional<SettlementClaim> due = jdbc.queryOne("""
                SELECT p.status, %s, NULL::integer AS student_credit_cents, NULL::integer AS split_payout_cents
                  FROM booking_payments p JOIN bookings b ON b.id = p.booking_id
                 WHERE p.booking_id = ? AND %s FOR UPDATE OF p
                """.formatted(PAYMENT, LOCK_DUE), row -> claim(row, SettlementClaim.LOCK, row.string("status")), bookingId);
        return due.filter(claim -> markSettling(claim, now));
    }

    /** The settlement or LOCK a crashed or interrupted worker left in flight. */
    Optional<SettlementClaim> settlementInFlight(String bookingId) {
        return jdbc.queryOne("""
                SELECT p.operation_from_status AS status, %s, c.student_credit_cents,
                       c.instructor_payout_cents AS split_payout_cents, p.money_operation
                  FROM booking_payments p LEFT JOIN booking_cancellations c ON c.booking_id = p.booking_id
                 WHERE p.booking_id = ? AND p.status = 'settling'
                """.formatted(PAYMENT), row -> claim(row, row.string("money_operation"), row.string("status")), bookingId);
    }

    private boolean markSettling(SettlementClaim claim, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'settling', money_operation = ?, operation_from_status = status,
                       version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status = ?
                """, claim.operation(), now, claim.bookingId(), claim.fromStatus()) == 1;
    }

    /**
     * A capture escalated after 72 h: capturing -> settling the advance payout, and the student's account is locked
     * until operations collect ({@code account_locked_reason = capture_failure_escalated}). False when the claim is gone.
     */
    boolean claimEscalation(String bookingId, String studentId, int attempt, String lockReason, Instant now) {
        boolean claimed = jdbc.update("""
                UPDATE booking_payments
                   SET status = 'settling', money_operation = 'capture_failure_instructor_paid',
                       operation_from_status = 'capturing', version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status = 'capturing' AND capture_attempts = ?
                """, now, bookingId, attempt) == 1;
        if (claimed) {
            jdbc.update("""
                    UPDATE users SET account_locked = true, account_locked_at = ?, account_locked_reason = ?,
                           updated_at = ?
                     WHERE id = ?
                    """, now, lockReason, now, studentId);
        }
        return claimed;
    }

    // ---- recording ---------------------------------------------------------------------------------------------

    /** Whether the step with this idempotency key is done (its ledger row exists). */
    boolean stepDone(String bookingId, String idempotencyKey) {
        return jdbc.queryOne("""
                SELECT 1 AS done FROM payment_events WHERE booking_id = ? AND idempotency_key = ? LIMIT 1
                """, row -> true, bookingId, idempotencyKey).orElse(false);
    }

    void recordCapture(String bookingId, int amountCents, String transferId, Instant now) {
        jdbc.update("""
                UPDATE booking_payments
                   SET captured_at = ?, amount_captured_cents = ?, stripe_transfer_id = ?, version = version + 1,
                       updated_at = ?
                 WHERE booking_id = ? AND status = 'settling'
                """, now, amountCents, transferId, now, bookingId);
    }

    /** settling -> settled with the operation as its outcome; false when the claim is gone. */
    boolean finishSettled(String bookingId, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'settled', settlement_outcome = money_operation, settled_at = ?,
                       money_operation = NULL, operation_from_status = NULL, next_auth_attempt_at = NULL,
                       next_capture_attempt_at = NULL, version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status = 'settling'
                """, now, now, bookingId) == 1;
    }

    /** settling (a LOCK) -> locked; false when the claim is gone. */
    boolean finishLocked(String bookingId, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'locked', locked_at = ?, money_operation = NULL, operation_from_status = NULL,
                       next_capture_attempt_at = NULL, version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status = 'settling' AND money_operation = 'lock'
                """, now, now, bookingId) == 1;
    }

    // ---- reschedule carry-over ---------------------------------------------------------------------------------

    /** The rescheduled booking's open payment and the booking that replaced it, locked; call inside a transaction. */
    Optional<CarryOver> carryOverDue(String bookingId) {
        return jdbc.queryOne("""
                SELECT p.booking_id, p.status, p.lesson_price_cents, p.payment_intent_id, s.id AS successor_id,
                       s.start_at AS successor_start_at, s.total_price_cents AS successor_price_cents,
                       EXISTS (SELECT 1 FROM booking_payments sp WHERE sp.booking_id = s.id) AS successor_paid
                  FROM booking_payments p
                  JOIN bookings b ON b.id = p.booking_id
                  JOIN bookings s ON s.rescheduled_from_booking_id = b.id
                 WHERE p.booking_id = ? AND %s
                   FOR UPDATE OF p
                """.formatted(CARRY_OVER_DUE), row -> new CarryOver(row.string("booking_id"), row.string("status"),
                row.integer("lesson_price_cents"), row.string("payment_intent_id"), row.string("successor_id"),
                row.instant("successor_start_at"),
                row.integer("successor_price_cents"), row.bool("successor_paid")), bookingId);
    }

    /**
     * Moves the payment (and the credits reserved for it) to the booking that replaced the rescheduled one. A
     * payment still to be authorized is planned for 24 h before the new start, or now.
     */
    void carryOver(CarryOver move, Instant authScheduledFor, Instant now) {
        jdbc.update("""
                UPDATE booking_payments
                   SET booking_id = ?, auth_scheduled_for = CASE WHEN status = 'scheduled' THEN ? ELSE auth_scheduled_for END,
                       version = version + 1, updated_at = ?
                 WHERE booking_id = ?
                """, move.successorId(), authScheduledFor, now, move.bookingId());
        jdbc.update("""
                UPDATE platform_credits SET reserved_for_booking_id = ?, version = version + 1, updated_at = ?
                 WHERE reserved_for_booking_id = ? AND status = 'reserved'
                """, move.successorId(), now, move.bookingId());
    }

    record CarryOver(String bookingId, String status, int lessonPriceCents, String paymentIntentId, String successorId,
            Instant successorStartAt, int successorPriceCents, boolean successorPaid) {
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static SettlementClaim claim(Row row, String operation, String fromStatus) throws SQLException {
        return new SettlementClaim(row.string("booking_id"), row.string("student_id"), operation, fromStatus,
                row.string("payment_intent_id"), row.string("stripe_transfer_id"),
                row.string("destination_account_id"), row.integer("card_charge_cents"),
                row.integer("application_fee_cents"), row.integer("instructor_payout_cents"),
                nullableInt(row, "student_credit_cents"), nullableInt(row, "split_payout_cents"));
    }

    private static Integer nullableInt(Row row, String column) throws SQLException {
        return row.string(column) == null ? null : row.integer(column);
    }

    /** Locked lessons that ended at or before this line are paid out (the same 24 h dispute window as a capture). */
    private static Instant lockedPayoutLine(Instant at) {
        return at.minus(CAPTURE_AFTER_END);
    }
}
