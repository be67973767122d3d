package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cancellation through HTTP with the real clock, so windows are probed a minute inside each boundary; the exact
 * boundaries (24 h 00 m, 23 h 59 m, 12 h 00 m, 11 h 59 m) are tested with a fixed clock in shared-lib's
 * BookingCancellationServiceTest.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingCancellationResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestBookings bookings;

    @ParameterizedTest(name = "{0} min ahead -> {2}")
    @CsvSource({
        "1441, ge_24h, student_cancel_gt24_no_charge, 0, 0, 0",
        "1438, between_12_24h, student_cancel_12_24_full_credit, 13440, 12000, 0",
        "721, between_12_24h, student_cancel_12_24_full_credit, 13440, 12000, 0",
        "719, lt_12h, student_cancel_lt12_split_50_50, 13440, 6000, 5280"})
    void aStudentCancelsA120DollarLessonAtTheTwelvePercentTier(long minutes, String window, String outcome,
            int charge, int credit, int payout) {
        TestUser student = accounts.student();
        String booking = bookings.confirmed(student.id(), bookings.instructor("12.00", false),
                Duration.ofMinutes(minutes));

        as(student.bearer()).body(Map.of("reason", "Schedule conflict")).post(studentCancel(booking))
                .then().statusCode(200)
                .body("bookingId", equalTo(booking), "status", equalTo("CANCELLED"), "cancelledBy", equalTo("student"),
                        "policyWindow", equalTo(window), "outcome", equalTo(outcome),
                        "amounts.lessonPriceCents", equalTo(12_000), "amounts.studentFeeCents", equalTo(1_440),
                        "amounts.instructorFeeCents", equalTo(1_440), "amounts.studentChargeCents", equalTo(charge),
                        "amounts.studentCreditCents", equalTo(credit), "amounts.studentRefundCents", equalTo(0),
                        "amounts.instructorPayoutCents", equalTo(payout));
        assertThat(bookings.status(booking)).isEqualTo("CANCELLED");
        assertThat(bookings.count("SELECT count(*) AS n FROM outbox_events WHERE event_type = 'booking.cancelled'"
                + " AND aggregate_id = ? AND payload->>'outcome' = ?", booking, outcome)).isOne();
    }

    @ParameterizedTest(name = "tier {0}, founding {1}: payout {2}")
    @CsvSource({"15.00, false, 5100", "15.00, true, 5520"})
    void theLateCancelPayoutFollowsTheInstructorsTier(String tier, boolean founding, int payout) {
        TestUser student = accounts.student();
        String booking = bookings.confirmed(student.id(), bookings.instructor(tier, founding), Duration.ofHours(2));

        as(student.bearer()).post(studentCancel(booking)).then().statusCode(200)
                .body("amounts.instructorPayoutCents", equalTo(payout), "amounts.studentCreditCents", equalTo(6_000));
    }

    @Test
    void anInstructorCancelsWithAReasonAndTheStudentIsMadeWhole() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("12.00", false);
        String booking = bookings.confirmed(student.id(), instructor, Duration.ofHours(3));

        as(instructor.bearer()).body(Map.of()).post(instructorCancel(booking)).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"), "errors[0].rule", equalTo("required"));
        as(instructor.bearer()).body(Map.of("reason", "x".repeat(501))).post(instructorCancel(booking))
                .then().statusCode(400).body("errors[0].rule", equalTo("max_length"));
        as(instructor.bearer()).post(instructorCancel(booking)).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        assertThat(bookings.status(booking)).isEqualTo("CONFIRMED");

        as(instructor.bearer()).body(Map.of("reason", "I am ill")).post(instructorCancel(booking))
                .then().statusCode(200)
                .body("cancelledBy", equalTo("instructor"), "outcome", equalTo("instructor_cancel_full_refund"),
                        "amounts.studentRefundCents", equalTo(13_440), "amounts.instructorPayoutCents", equalTo(0));
        assertThat(bookings.count("SELECT count(*) AS n FROM bookings WHERE id = ? AND cancelled_by_id = ?"
                + " AND cancellation_reason = 'I am ill'", booking, instructor.id())).isOne();
    }

    @Test
    void aStudentMaySendAnEmptyJsonRequestButNothingElse() {
        TestUser student = accounts.student();
        String booking = bookings.confirmed(student.id(), bookings.instructor("12.00", false), Duration.ofDays(2));

        as(student.bearer()).body("{\"reason\": ").post(studentCancel(booking)).then().statusCode(400);
        given().header("Authorization", student.bearer()).contentType("text/plain").body("not json")
                .post(studentCancel(booking)).then().statusCode(415);
        assertThat(bookings.status(booking)).isEqualTo("CONFIRMED");

        as(student.bearer()).post(studentCancel(booking)).then().statusCode(200)
                .body("outcome", equalTo("student_cancel_gt24_no_charge"));
        assertThat(bookings.count("SELECT count(*) AS n FROM bookings WHERE id = ? AND cancellation_reason IS NULL",
                booking)).isOne();
    }

    @Test
    void cancellingTwiceIsAConflictNamingBothStatuses() {
        TestUser student = accounts.student();
        String booking = bookings.confirmed(student.id(), bookings.instructor("12.00", false), Duration.ofDays(3));
        as(student.bearer()).post(studentCancel(booking)).then().statusCode(200);

        as(student.bearer()).post(studentCancel(booking)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_BOOKING_STATUS_TRANSITION"), "from", equalTo("CANCELLED"),
                        "to", equalTo("CANCELLED"));
        assertThat(bookings.count("SELECT count(*) AS n FROM booking_cancellations WHERE booking_id = ?", booking))
                .isOne();
    }

    @Test
    void onlyTheBookingsOwnStudentAndInstructorCanCancelIt() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("12.00", false);
        String booking = bookings.confirmed(student.id(), instructor, Duration.ofDays(2));
        TestInstructor otherInstructor = bookings.instructor("12.00", false);

        as(accounts.student().bearer()).post(studentCancel(booking)).then().statusCode(404)
                .body("code", equalTo("BOOKING_NOT_FOUND"));
        as(otherInstructor.bearer()).body(Map.of("reason", "Not mine")).post(instructorCancel(booking))
                .then().statusCode(404);
        // a student token lacks CANCEL_STUDENT_BOOKINGS; an instructor token lacks CANCEL_OWN_BOOKINGS
        as(student.bearer()).body(Map.of("reason", "Let me")).post(instructorCancel(booking)).then().statusCode(403)
                .body("code", equalTo("PERMISSION_DENIED"));
        as(instructor.bearer()).post(studentCancel(booking)).then().statusCode(403);
        as(student.bearer()).post(studentCancel("not-a-booking-id")).then().statusCode(404);
        assertThat(bookings.status(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancelledBookingFreesItsSlot() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("12.00", false);
        String booking = bookings.confirmed(student.id(), instructor, Duration.ofDays(5));
        var startAt = bookings.startAt(booking);

        as(student.bearer()).post(studentCancel(booking)).then().statusCode(200);

        String again = bookings.insert(accounts.student().id(), instructor, startAt, 60, 12_000, "CONFIRMED");
        assertThat(bookings.status(again)).isEqualTo("CONFIRMED");
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType("application/json");
    }

    private static String studentCancel(String bookingId) {
        return "/api/v1/bookings/" + bookingId + "/cancel";
    }

    private static String instructorCancel(String bookingId) {
        return "/api/v1/instructor-bookings/" + bookingId + "/cancel";
    }
}
