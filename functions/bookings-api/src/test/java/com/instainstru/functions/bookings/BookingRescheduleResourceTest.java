package com.instainstru.functions.bookings;

import static com.instainstru.functions.bookings.Api.as;
import static com.instainstru.testfixtures.TestInstructors.online;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reschedule route over HTTP: a student moves next week's lesson by a day; who may, and what 4xx. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingRescheduleResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestInstructors instructors;

    @Inject
    AvailabilityDayRepository days;

    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
    }

    private TestInstructor instructorOpenNextWeek() {
        TestInstructor instructor = instructors.live("piano", online(7500));
        DayBits nineToFive = DayBits.of(List.of(new TimeWindow(9 * 60, 17 * 60)));
        days.saveAll(instructor.id(), Map.of(today().plusDays(7), nineToFive, today().plusDays(8), nineToFive),
                clock.instant());
        return instructor;
    }

    private String book(TestUser student, TestInstructor instructor) {
        return as(student.bearer()).body(Map.of("instructorId", instructor.id(), "instructorServiceId",
                        instructor.serviceId(), "bookingDate", today().plusDays(7).toString(), "startTime", "10:00",
                        "durationMinutes", 60))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }

    @Test
    void theStudentMovesTheirLessonAndTheOldOneIsReplaced() {
        TestInstructor instructor = instructorOpenNextWeek();
        TestUser student = accounts.student();
        String original = book(student, instructor);
        String newDate = today().plusDays(8).toString();

        String replacement = as(student.bearer()).body(Map.of("bookingDate", newDate, "startTime", "11:00"))
                .post("/api/v1/bookings/" + original + "/reschedule")
                .then().statusCode(201).header("X-RateLimit-Policy", "booking")
                .body("previousBookingId", equalTo(original))
                .body("rescheduleCount", equalTo(1)).body("lateReschedule", equalTo(false))
                .body("locked", equalTo(false)).body("booking.bookingDate", equalTo(newDate))
                .body("booking.startTime", equalTo("11:00")).body("booking.status", equalTo("CONFIRMED"))
                .extract().path("booking.id");

        as(student.bearer()).get("/api/v1/bookings/" + original).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(student.bearer()).get("/api/v1/bookings").then().statusCode(200)
                .body("bookings.id", hasItem(replacement));
    }

    @Test
    void anotherStudentsBookingIsNotFound() {
        TestInstructor instructor = instructorOpenNextWeek();
        String original = book(accounts.student(), instructor);

        as(accounts.student().bearer()).body(Map.of("bookingDate", today().plusDays(8).toString(),
                        "startTime", "11:00"))
                .post("/api/v1/bookings/" + original + "/reschedule")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("BOOKING_NOT_FOUND"));
    }

    @Test
    void aMalformedNewTimeIsA400NamingTheFieldAndARuleIsA422() {
        TestInstructor instructor = instructorOpenNextWeek();
        TestUser student = accounts.student();
        String original = book(student, instructor);

        as(student.bearer()).body(Map.of("bookingDate", "next tuesday", "startTime", "11:00"))
                .post("/api/v1/bookings/" + original + "/reschedule")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("bookingDate"));
        as(student.bearer()).body(Map.of("bookingDate", today().plusDays(8).toString(), "startTime", "18:00"))
                .post("/api/v1/bookings/" + original + "/reschedule")
                .then().statusCode(422).body("code", equalTo("NOT_AVAILABLE"));
        as(student.bearer()).get("/api/v1/bookings/" + original).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }
}
