package com.instainstru.payments.setup;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PaymentSetupRepository {

    private final Jdbc jdbc;

    public PaymentSetupRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The booking with its instructor's tier and Connect account, locked against a concurrent setup. */
    Optional<PayableBooking> findForUpdate(String bookingId) {
        return jdbc.queryOne("""
                SELECT b.id, b.status, b.student_id, b.instructor_id, b.start_at, b.total_price_cents,
                       p.is_founding_instructor, p.current_tier_pct::text AS tier_pct, a.stripe_account_id,
                       EXISTS (SELECT 1 FROM booking_payments bp WHERE bp.booking_id = b.id) AS payment_exists
                  FROM bookings b
                  JOIN instructor_profiles p ON p.user_id = b.instructor_id
                  LEFT JOIN instructor_stripe_accounts a ON a.instructor_id = b.instructor_id
                 WHERE b.id = ?
                   FOR UPDATE OF b
                """, row -> new PayableBooking(row.string("id"), row.string("status"), row.string("student_id"),
                row.string("instructor_id"), row.instant("start_at"), row.integer("total_price_cents"),
                row.bool("is_founding_instructor"), new BigDecimal(row.string("tier_pct")),
                row.string("stripe_account_id"), row.bool("payment_exists")), bookingId);
    }

    void insertScheduled(PayableBooking booking, ScheduledPayment payment, String stripeCustomerId,
            String paymentMethodId, Instant now) {
        var amounts = payment.amounts();
        jdbc.update("""
                INSERT INTO booking_payments (booking_id, student_id, instructor_id, status, stripe_customer_id,
                    payment_method_id, destination_account_id, lesson_price_cents, student_fee_cents,
                    instructor_commission_pct, instructor_commission_cents, credits_applied_cents, card_charge_cents,
                    application_fee_cents, instructor_payout_cents, auth_scheduled_for, created_at, updated_at)
                VALUES (?, ?, ?, 'scheduled', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, booking.bookingId(), booking.studentId(), booking.instructorId(), stripeCustomerId,
                paymentMethodId, payment.destinationAccountId(), amounts.lessonPriceCents(),
                amounts.studentFeeCents(), amounts.instructorFeePct(), amounts.instructorFeeCents(),
                amounts.creditAppliedCents(), amounts.cardChargeCents(), amounts.applicationFeeCents(),
                amounts.instructorPayoutCents(), payment.authScheduledFor(), now, now);
    }
}
