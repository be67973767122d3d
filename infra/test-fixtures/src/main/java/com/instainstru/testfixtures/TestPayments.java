package com.instainstru.testfixtures;

import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Bookings with a scheduled payment for the payment functions' tests: a live instructor with a Stripe Connect
 * account, a CONFIRMED 60-minute $120 online lesson (inserted by SQL: booking creation is another capability's), and
 * its payment scheduled through the real {@link PaymentSetupService} (card charge $134.40, fee $28.80).
 */
@ApplicationScoped
public class TestPayments {

    public static final String CUSTOMER = "cus_NffrFeUfNV2Hib";
    public static final String CARD = "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K";

    private final TestAccounts accounts;
    private final TestInstructors instructors;
    private final PaymentSetupService setup;
    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    public TestPayments(TestAccounts accounts, TestInstructors instructors, PaymentSetupService setup, Jdbc jdbc,
            IdGenerator ids, Clock clock) {
        this.accounts = accounts;
        this.instructors = instructors;
        this.setup = setup;
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new student and instructor's lesson starting at {@code start}, its payment scheduled; the booking id. */
    public String scheduledLesson(Instant start) {
        TestInstructor instructor = instructors.live("piano", TestInstructors.online(12_000));
        jdbc.update("""
                INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, charges_enabled,
                    payouts_enabled, details_submitted, created_at, updated_at)
                VALUES (?, ?, true, true, true, ?, ?)
                """, instructor.id(), accountOf(instructor.id()), clock.instant(), clock.instant());
        String id = ids.newId();
        jdbc.update("""
                INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date, start_time,
                                      end_time, start_at, end_at, lesson_time_zone, student_time_zone,
                                      duration_minutes, location_type, service_name, hourly_rate_cents,
                                      total_price_cents, status, confirmed_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, (?::timestamptz AT TIME ZONE 'America/New_York')::date,
                        (?::timestamptz AT TIME ZONE 'America/New_York')::time,
                        ((?::timestamptz + interval '60 minutes') AT TIME ZONE 'America/New_York')::time,
                        ?::timestamptz, ?::timestamptz + interval '60 minutes', 'America/New_York',
                        'America/New_York', 60, 'online', 'Piano', 12000, 12000, 'CONFIRMED', now(), now(), now())
                """, id, accounts.student().id(), instructor.id(), instructor.serviceId(), start.toString(),
                start.toString(), start.toString(), start.toString(), start.toString());
        setup.schedule(id, CUSTOMER, CARD, 0);
        return id;
    }

    /** The Connect account the fixture gives an instructor. */
    public static String accountOf(String instructorId) {
        return "acct_" + instructorId.substring(10);
    }

    public String instructorOf(String bookingId) {
        return jdbc.queryOne("SELECT instructor_id FROM bookings WHERE id = ?", row -> row.string("instructor_id"),
                bookingId).orElseThrow();
    }

    public String paymentStatus(String bookingId) {
        return jdbc.queryOne("SELECT status FROM booking_payments WHERE booking_id = ?", row -> row.string("status"),
                bookingId).orElseThrow();
    }

    public int ledgerRows(String bookingId, String eventType) {
        return jdbc.queryOne("SELECT count(*) AS n FROM payment_events WHERE booking_id = ? AND event_type = ?",
                row -> row.integer("n"), bookingId, eventType).orElseThrow();
    }
}
