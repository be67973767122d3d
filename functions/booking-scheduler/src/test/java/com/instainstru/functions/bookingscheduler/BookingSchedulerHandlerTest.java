package com.instainstru.functions.bookingscheduler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The schedule path: the handler invoked with template.yaml's scheduled event (events/booking-scheduler),
 * taking "now" from the event's time, claiming a confirmed lesson's hour-before reminder once and confirming an
 * undisputed no-show report once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingSchedulerHandlerTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestInstructors instructors;

    @Inject
    IdGenerator ids;

    @Inject
    Jdbc jdbc;

    @Test
    void theSampleEventsTimeDecidesWhichRemindersAreDueAndASecondDeliveryClaimsNothing() throws Exception {
        String event = Files.readString(Path.of("../../events/booking-scheduler/scheduled.json"));
        Instant eventTime = Instant.parse("2026-11-28T09:15:00Z");
        String bookingId = lessonStartingAt(eventTime.plusSeconds(50 * 60), "CONFIRMED");

        given().contentType("application/json").body(event).post()
                .then().statusCode(200)
                .body("at", equalTo("2026-11-28T09:15:00Z"), "hourBeforeReminders", equalTo(1));
        given().contentType("application/json").body(event).post()
                .then().statusCode(200).body("hourBeforeReminders", equalTo(0));

        assertThat(jdbc.queryOne("""
                SELECT count(*) AS events FROM outbox_events
                 WHERE event_type = 'booking.reminder_due' AND aggregate_id = ? AND payload ->> 'kind' = '1h'
                """, row -> row.integer("events"), bookingId)).contains(1);
    }

    @Test
    void anUndisputedNoShowReportIsConfirmedAtItsDeadlineOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
        String event = Files.readString(Path.of("../../events/booking-scheduler/scheduled.json"));
        Instant eventTime = Instant.parse("2026-11-28T09:15:00Z");
        Instant lessonStart = eventTime.minus(Duration.ofHours(26));
        String due = lessonStartingAt(lessonStart, "NO_SHOW");
        String notYetDue = lessonStartingAt(lessonStart.plus(Duration.ofHours(1)), "NO_SHOW");
        reportStudentNoShow(due, eventTime.minus(Duration.ofHours(24)));
        reportStudentNoShow(notYetDue, eventTime.minus(Duration.ofHours(24)).plusSeconds(1));

        given().contentType("application/json").body(event).post()
                .then().statusCode(200).body("at", equalTo("2026-11-28T09:15:00Z"), "noShowsConfirmed", equalTo(1));
        given().contentType("application/json").body(event).post()
                .then().statusCode(200).body("noShowsConfirmed", equalTo(0));

        assertThat(jdbc.queryOne("""
                SELECT resolution || ' ' || settlement_outcome AS r FROM booking_no_shows WHERE booking_id = ?
                """, row -> row.string("r"), due)).contains("confirmed_no_dispute student_no_show_full_payout");
        assertThat(jdbc.queryOne("""
                SELECT count(*) AS events FROM outbox_events
                 WHERE event_type = 'booking.no_show_resolved' AND aggregate_id = ?
                   AND payload ->> 'settlementOutcome' = 'student_no_show_full_payout'
                """, row -> row.integer("events"), due)).contains(1);
        assertThat(jdbc.queryOne("SELECT count(*) AS open FROM booking_no_shows WHERE booking_id = ?"
                + " AND resolution IS NULL", row -> row.integer("open"), notYetDue)).contains(1);
    }

    /** The instructor's report at {@code reportedAt}, undisputed, as the no-show service writes it. */
    private void reportStudentNoShow(String bookingId, Instant reportedAt) {
        jdbc.update("""
                INSERT INTO booking_no_shows (booking_id, no_show_type, reported_by_id, reported_by_role,
                                              reported_at, dispute_deadline)
                SELECT id, 'student', instructor_id, 'instructor', ?, ? FROM bookings WHERE id = ?
                """, reportedAt, reportedAt.plus(Duration.ofHours(24)), bookingId);
    }

    private String lessonStartingAt(Instant start, String status) {
        TestInstructor instructor = instructors.live("piano", TestInstructors.online(7500));
        String id = ids.newId();
        jdbc.update("""
                INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date, start_time,
                                      end_time, start_at, end_at, lesson_time_zone, student_time_zone,
                                      duration_minutes, location_type, service_name, hourly_rate_cents,
                                      total_price_cents, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, (?::timestamptz AT TIME ZONE 'America/New_York')::date,
                        (?::timestamptz AT TIME ZONE 'America/New_York')::time,
                        ((?::timestamptz + interval '30 minutes') AT TIME ZONE 'America/New_York')::time,
                        ?::timestamptz, ?::timestamptz + interval '30 minutes', 'America/New_York',
                        'America/New_York', 30, 'online', 'Piano', 7500, 3750, ?, now(), now())
                """, id, accounts.student().id(), instructor.id(), instructor.serviceId(), start.toString(),
                start.toString(), start.toString(), start.toString(), start.toString(), status);
        return id;
    }
}
