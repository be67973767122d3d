package com.instainstru.functions.payments;

import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditSource;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testfixtures.TestLessons;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rows the payments-api tests hang off, written with plain SQL: a confirmed online piano lesson and its payment in
 * a chosen status and card (bookings and the payment workflow belong to other capabilities).
 */
@ApplicationScoped
public class TestPayments {

    private final Jdbc jdbc;
    private final Clock clock;
    private final TestInstructors instructors;
    private final TestLessons lessons;
    private final CreditLedger credits;
    private final IdGenerator ids;

    public TestPayments(Jdbc jdbc, Clock clock, TestInstructors instructors, TestLessons lessons,
            CreditLedger credits, IdGenerator ids) {
        this.ids = ids;
        this.jdbc = jdbc;
        this.clock = clock;
        this.instructors = instructors;
        this.lessons = lessons;
        this.credits = credits;
    }

    TestInstructor instructor() {
        return instructors.live("piano", TestInstructors.online(12_000));
    }

    /** A $120 lesson {@code fromNow} ahead whose payment is {@code status} on card {@code paymentMethodId}. */
    String bookingPaidWith(String studentId, TestInstructor instructor, Duration fromNow, String paymentMethodId,
            String status) {
        String id = confirmedBooking(studentId, instructor, fromNow);
        Instant now = clock.instant();
        Instant startAt = now.plus(fromNow);
        boolean settled = "settled".equals(status);
        jdbc.update("""
                INSERT INTO booking_payments (booking_id, student_id, instructor_id, status, payment_method_id,
                    lesson_price_cents, student_fee_cents, instructor_commission_pct, instructor_commission_cents,
                    card_charge_cents, application_fee_cents, instructor_payout_cents, auth_scheduled_for,
                    settlement_outcome, settled_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 12000, 1440, 12.00, 1440, 13440, 2880, 10560, ?, ?, ?, ?, ?)
                """, id, studentId, instructor.id(), status, paymentMethodId, startAt.minus(Duration.ofHours(24)),
                settled ? "student_cancel_gt24_no_charge" : null, settled ? now : null, now, now);
        return id;
    }

    /** A CONFIRMED $120 online lesson {@code fromNow} ahead, without a payment. */
    String confirmedBooking(String studentId, TestInstructor instructor, Duration fromNow) {
        return lessons.insert(studentId, instructor, clock.instant().plus(fromNow), 60, 12_000, "CONFIRMED");
    }

    /** A PENDING $120 online lesson {@code fromNow} (less than 24 h) ahead, without a payment. */
    String pendingBooking(String studentId, TestInstructor instructor, Duration fromNow) {
        return lessons.insert(studentId, instructor, clock.instant().plus(fromNow), 60, 12_000, "PENDING");
    }

    /** The student's Stripe customer {@code customerId}, as the first saved card leaves it. */
    void customer(String studentId, String customerId) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO stripe_customers (user_id, stripe_customer_id, created_at, updated_at)
                VALUES (?, ?, ?, ?)
                """, studentId, customerId, now, now);
    }

    String column(String sql, Object... params) {
        return jdbc.queryOne(sql, row -> row.string("v"), params).orElseThrow();
    }

    /** Gives the instructor a ready Stripe Connect account {@code accountId}. */
    void connectAccount(String instructorId, String accountId) {
        lessons.connectAccount(instructorId, accountId);
    }

    /** Issues the student a cancellation credit of {@code cents} from {@code bookingId}, through the ledger. */
    void credit(String studentId, int cents, String bookingId) {
        credits.issue(studentId, cents, CreditSource.CANCELLATION, bookingId);
    }

    /** The instructor's account as Stripe reported it before onboarding finished: nothing submitted yet. */
    void notOnboarded(String instructorId) {
        jdbc.update("""
                UPDATE instructor_stripe_accounts SET charges_enabled = false, payouts_enabled = false,
                       details_submitted = false, onboarding_completed_at = NULL WHERE instructor_id = ?
                """, instructorId);
    }

    /** The scheduled payment as authorization leaves it: a PaymentIntent holding the card. */
    void authorized(String bookingId) {
        jdbc.update("""
                UPDATE booking_payments SET status = 'authorized', payment_intent_id = ?, authorized_at = ?
                 WHERE booking_id = ?
                """, "pi_" + bookingId, clock.instant(), bookingId);
    }

    /** As the capture step leaves it: settled after a full capture, with the ledger's {@code captured} row. */
    void captured(String bookingId) {
        authorized(bookingId);
        Instant now = clock.instant();
        jdbc.update("""
                UPDATE booking_payments SET status = 'settled', settlement_outcome = 'lesson_completed_full_payout',
                       settled_at = ?, captured_at = ?, amount_captured_cents = card_charge_cents
                 WHERE booking_id = ?
                """, now, now, bookingId);
        jdbc.update("""
                INSERT INTO payment_events (id, booking_id, event_type, amount_cents, stripe_object_id, occurred_at)
                VALUES (?, ?, 'captured', 13440, ?, ?)
                """, ids.newId(), bookingId, "pi_" + bookingId, now);
    }

    int count(String sql, Object... params) {
        return jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }
}
