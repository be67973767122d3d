package com.instainstru.payments.disputes;

import com.instainstru.payments.stripe.DisputeResult;
import com.instainstru.payments.webhooks.PaidBooking;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** {@code payment_disputes} and the student's {@code users.credit_balance_frozen} block it may set. */
@ApplicationScoped
public class DisputeRepository {

    private final Jdbc jdbc;

    public DisputeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the dispute as opened on the booking; false when it was recorded before (another delivery). */
    public boolean insertIfNew(DisputeResult dispute, PaidBooking payment, Instant now) {
        return jdbc.update("""
                INSERT INTO payment_disputes (dispute_id, booking_id, student_id, payment_intent_id, amount_cents,
                    reason, stripe_status, opened_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (dispute_id) DO NOTHING
                """, dispute.id(), payment.bookingId(), payment.studentId(), payment.paymentIntentId(),
                dispute.amountCents(), dispute.reason(), dispute.status(), now, now) == 1;
    }

    public void recordCredits(String disputeId, int frozenCents, int spentCents, Instant now) {
        jdbc.update("""
                UPDATE payment_disputes SET frozen_credit_cents = ?, spent_credit_cents = ?, updated_at = ?
                 WHERE dispute_id = ?
                """, frozenCents, spentCents, now, disputeId);
    }

    /** Stripe's status while the dispute is open (needs_response, under_review, ...); a closed one is left alone. */
    public void updateOpenStatus(String disputeId, String stripeStatus, Instant now) {
        jdbc.update("""
                UPDATE payment_disputes SET stripe_status = ?, updated_at = ?
                 WHERE dispute_id = ? AND closed_at IS NULL AND stripe_status <> ?
                """, stripeStatus, now, disputeId, stripeStatus);
    }

    /** Closes the dispute once with Stripe's final status; empty when it was closed before. */
    public Optional<ClosedDispute> closeIfOpen(String disputeId, String stripeStatus, Instant now) {
        return jdbc.queryOne("""
                UPDATE payment_disputes SET stripe_status = ?, closed_at = ?, updated_at = ?
                 WHERE dispute_id = ? AND closed_at IS NULL
                RETURNING booking_id, student_id, spent_credit_cents
                """, row -> new ClosedDispute(row.trimmed("booking_id"), row.trimmed("student_id"),
                row.integer("spent_credit_cents")), stripeStatus, now, now, disputeId);
    }

    /**
     * Whether one of the student's disputes keeps their balance negative: credits it froze were already spent, and
     * it is still open or was lost.
     */
    public boolean keepsBalanceNegative(String studentId) {
        return jdbc.queryOne("""
                SELECT EXISTS (SELECT 1 FROM payment_disputes
                                WHERE student_id = ? AND spent_credit_cents > 0
                                  AND (closed_at IS NULL OR stripe_status = 'lost')) AS found
                """, row -> row.bool("found"), studentId).orElseThrow();
    }

    /** Booking creation refuses a student whose flag is set (bookings.creation). */
    public void setCreditBalanceFrozen(String studentId, boolean frozen, Instant now) {
        jdbc.update("""
                UPDATE users SET credit_balance_frozen = ?, updated_at = ?
                 WHERE id = ? AND credit_balance_frozen <> ?
                """, frozen, now, studentId, frozen);
    }

    /** A dispute closed just now: its booking, its student and the credits it found spent when it opened. */
    public record ClosedDispute(String bookingId, String studentId, int spentCreditCents) {
    }
}
