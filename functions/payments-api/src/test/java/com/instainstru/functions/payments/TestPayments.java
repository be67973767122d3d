package com.instainstru.functions.payments;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Rows the payments-api tests hang off, written with plain SQL: a confirmed online piano lesson and its payment in
 * a chosen status and card (bookings and the payment workflow belong to other capabilities).
 */
@ApplicationScoped
public class TestPayments {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final Clock clock;
    private final TestInstructors instructors;

    public TestPayments(Jdbc jdbc, IdGenerator ids, Clock clock, TestInstructors instructors) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
        this.instructors = instructors;
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
        String id = ids.newId();
        Instant now = clock.instant();
        Instant startAt = now.plus(fromNow);
        ZonedDateTime start = startAt.atZone(NEW_YORK);
        ZonedDateTime end = start.plusMinutes(60);
        jdbc.update("""
                INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date, start_time,
                    end_time, start_at, end_at, lesson_time_zone, student_time_zone, duration_minutes, location_type,
                    service_name, hourly_rate_cents, total_price_cents, status, confirmed_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 60, 'online', 'Piano', 12000, 12000, 'CONFIRMED', ?, ?, ?)
                """, id, studentId, instructor.id(), instructor.serviceId(), start.toLocalDate(), start.toLocalTime(),
                end.toLocalTime(), startAt, end.toInstant(), NEW_YORK.getId(), NEW_YORK.getId(), now, now, now);
        return id;
    }

    /** Gives the instructor a ready Stripe Connect account {@code accountId}. */
    void connectAccount(String instructorId, String accountId) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, charges_enabled,
                    payouts_enabled, details_submitted, onboarding_completed_at, created_at, updated_at)
                VALUES (?, ?, true, true, true, ?, ?, ?)
                """, instructorId, accountId, now, now, now);
    }

    int count(String sql, Object... params) {
        return jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }
}
