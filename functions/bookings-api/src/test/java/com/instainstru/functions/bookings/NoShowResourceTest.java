package com.instainstru.functions.bookings;

import static com.instainstru.functions.bookings.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No-shows through HTTP with the real clock: lessons that started half an hour ago, so reports and disputes fall
 * inside their windows. The exact window edges are tested with a fixed clock in shared-lib's NoShowServiceTest.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class NoShowResourceTest {

    private static final Duration STARTED_HALF_AN_HOUR_AGO = Duration.ofMinutes(-30);

    @Inject
    TestAccounts accounts;

    @Inject
    TestBookings bookings;

    @Test
    void aStudentReportsTheInstructorAndTheInstructorDisputes() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("12.00", false);
        String booking = bookings.confirmed(student.id(), instructor, STARTED_HALF_AN_HOUR_AGO);

        as(student.bearer()).body(Map.of("reason", "Waited 20 minutes, nobody came")).post(studentRoute(booking))
                .then().statusCode(200)
                .body("bookingId", equalTo(booking), "bookingStatus", equalTo("NO_SHOW"), "type", equalTo("instructor"),
                        "reportedByRole", equalTo("student"), "reason", equalTo("Waited 20 minutes, nobody came"),
                        "disputedAt", nullValue(), "resolution", nullValue());
        as(instructor.bearer()).body(Map.of("reason", "I was online for the whole hour"))
                .post(instructorRoute(booking) + "/dispute").then().statusCode(200)
                .body("type", equalTo("instructor"), "disputeReason", equalTo("I was online for the whole hour"));

        assertThat(bookings.status(booking)).isEqualTo("NO_SHOW");
        assertThat(bookings.count("SELECT count(*) AS n FROM outbox_events WHERE aggregate_id = ? AND event_type IN"
                + " ('booking.no_show_reported', 'booking.no_show_disputed')", booking)).isEqualTo(2);
    }

    @Test
    void anInstructorReportsTheStudentWithoutABodyAndTheStudentDisputes() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("12.00", false);
        String booking = bookings.confirmed(student.id(), instructor, STARTED_HALF_AN_HOUR_AGO);

        as(instructor.bearer()).post(instructorRoute(booking)).then().statusCode(200)
                .body("type", equalTo("student"), "reportedByRole", equalTo("instructor"), "reason", nullValue());
        as(student.bearer()).body(Map.of("reason", "I was at the door on time"))
                .post(studentRoute(booking) + "/dispute").then().statusCode(200)
                .body("type", equalTo("student"), "bookingStatus", equalTo("NO_SHOW"));

        as(student.bearer()).body(Map.of("reason", "And I rang the bell twice"))
                .post(studentRoute(booking) + "/dispute").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("NO_SHOW_ALREADY_DISPUTED"));
    }

    @Test
    void anAdminReportsAMutualNoShowAndResolvesIt() {
        TestUser admin = accounts.admin();
        String booking = bookings.confirmed(accounts.student().id(), bookings.instructor("12.00", false),
                STARTED_HALF_AN_HOUR_AGO);

        as(admin.bearer()).body(Map.of("type", "mutual")).post(adminRoute(booking)).then().statusCode(200)
                .body("type", equalTo("mutual"), "reportedByRole", equalTo("admin"));
        as(admin.bearer()).body(Map.of("resolution", "cancelled")).post(adminRoute(booking) + "/resolve")
                .then().statusCode(200)
                .body("bookingStatus", equalTo("CONFIRMED"), "resolution", equalTo("cancelled"),
                        "settlementOutcome", equalTo("report_cancelled"));

        assertThat(bookings.status(booking)).isEqualTo("CONFIRMED");
        assertThat(bookings.count("SELECT count(*) AS n FROM outbox_events WHERE aggregate_id = ?"
                + " AND event_type = 'booking.no_show_resolved' AND payload->>'settlementOutcome' = 'report_cancelled'",
                booking)).isOne();
    }

    @Test
    void someoneElsesBookingIsNotFound() {
        TestUser student = accounts.student();
        String booking = bookings.confirmed(student.id(), bookings.instructor("12.00", false),
                STARTED_HALF_AN_HOUR_AGO);

        as(accounts.student().bearer()).post(studentRoute(booking)).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("BOOKING_NOT_FOUND"));
        assertThat(bookings.status(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aTooShortDisputeReasonIsAProblemNamingTheField() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("12.00", false);
        String booking = bookings.confirmed(student.id(), instructor, STARTED_HALF_AN_HOUR_AGO);
        as(instructor.bearer()).post(instructorRoute(booking)).then().statusCode(200);

        as(student.bearer()).body(Map.of("reason", "Was there")).post(studentRoute(booking) + "/dispute")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"), "errors[0].rule", equalTo("min_length"));
        assertThat(bookings.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ?"
                + " AND disputed_at IS NULL", booking)).isOne();
    }

    @Test
    void aLessonThatHasNotStartedCannotBeReported() {
        TestUser student = accounts.student();
        String booking = bookings.confirmed(student.id(), bookings.instructor("12.00", false), Duration.ofHours(2));

        as(student.bearer()).post(studentRoute(booking)).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("NO_SHOW_TOO_EARLY"));
    }

    @Test
    void theSampleEventReachesTheStudentsReportRouteThroughLambda() throws Exception {
        String event = Files.readString(Path.of("../../events/bookings-api/post-booking-no-show.json"));
        TestUser student = accounts.student();
        String booking = bookings.confirmed(student.id(), bookings.instructor("12.00", false),
                STARTED_HALF_AN_HOUR_AGO);

        given().contentType("application/json")
                .body(event.replace("replace-with-an-access-token", student.accessToken())
                        .replace("01JDQ7Z8K9M2N3P4Q5R6S7T8V9", booking))
                .post("/_lambda_").then().statusCode(200).body("statusCode", equalTo(200));
        assertThat(bookings.status(booking)).isEqualTo("NO_SHOW");
    }

    private static String studentRoute(String bookingId) {
        return "/api/v1/bookings/" + bookingId + "/no-show";
    }

    private static String instructorRoute(String bookingId) {
        return "/api/v1/instructor-bookings/" + bookingId + "/no-show";
    }

    private static String adminRoute(String bookingId) {
        return "/api/v1/admin/bookings/" + bookingId + "/no-show";
    }
}
