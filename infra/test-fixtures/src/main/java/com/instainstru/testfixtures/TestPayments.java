package com.instainstru.testfixtures;

import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final TestLessons lessons;
    private final Jdbc jdbc;

    public TestPayments(TestAccounts accounts, TestInstructors instructors, PaymentSetupService setup,
            TestLessons lessons, Jdbc jdbc) {
        this.accounts = accounts;
        this.instructors = instructors;
        this.setup = setup;
        this.lessons = lessons;
        this.jdbc = jdbc;
    }

    /** A new student and instructor's lesson starting at {@code start}, its payment scheduled; the booking id. */
    public String scheduledLesson(Instant start) {
        TestInstructor instructor = instructors.live("piano", TestInstructors.online(12_000));
        lessons.connectAccount(instructor.id(), accountOf(instructor.id()));
        String id = lessons.insert(accounts.student().id(), instructor, start, 60, 12_000, "CONFIRMED");
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
