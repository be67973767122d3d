package com.instainstru.functions.bookings;

import static com.instainstru.functions.bookings.Api.anonymous;
import static com.instainstru.functions.bookings.Api.as;
import static com.instainstru.testfixtures.TestInstructors.online;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import com.instainstru.platform.security.Permission;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The booking routes over HTTP: a student books a live online instructor a week ahead; who may, and what 4xx. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestInstructors instructors;

    @Inject
    AvailabilityDayRepository days;

    @Inject
    Clock clock;

    private String nextWeek() {
        return LocalDate.now(clock.withZone(ZoneId.of("America/New_York"))).plusDays(7).toString();
    }

    private TestInstructor openInstructor(String date) {
        TestInstructor instructor = instructors.live("piano", online(7500));
        days.saveAll(instructor.id(), Map.of(LocalDate.parse(date), DayBits.of(List.of(new TimeWindow(9 * 60,
                17 * 60)))), clock.instant());
        return instructor;
    }

    private static Map<String, Object> request(TestInstructor instructor, String date, String start) {
        Map<String, Object> body = new HashMap<>();
        body.put("instructorId", instructor.id());
        body.put("instructorServiceId", instructor.serviceId());
        body.put("bookingDate", date);
        body.put("startTime", start);
        body.put("durationMinutes", 60);
        body.put("locationType", "online");
        body.put("studentNote", "First lesson, please bring scales");
        return body;
    }

    @Test
    void aStudentBooksAndTheSlotIsThenTaken() {
        String date = nextWeek();
        TestInstructor instructor = openInstructor(date);
        TestUser student = accounts.student();

        as(student.bearer()).body(request(instructor, date, "10:00")).post("/api/v1/bookings/check-availability")
                .then().statusCode(200).header("X-RateLimit-Policy", "booking_check")
                .body("available", equalTo(true))
                .body("proximityWarnings", empty());
        as(student.bearer()).body(request(instructor, date, "10:00")).post("/api/v1/bookings")
                .then().statusCode(201).header("X-RateLimit-Policy", "booking").body("id", notNullValue()).body("status", equalTo("CONFIRMED"))
                .body("instructorName", equalTo("Test I."))
                .body("totalPriceCents", equalTo(7500)).body("endTime", equalTo("11:00"))
                .body("lessonTimeZone", equalTo("America/New_York"));

        TestUser other = accounts.student();
        as(other.bearer()).body(request(instructor, date, "10:30")).post("/api/v1/bookings")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("BOOKING_CONFLICT")).body("conflictScope", equalTo("instructor"));
        as(other.bearer()).body(request(instructor, date, "10:30")).post("/api/v1/bookings/check-availability")
                .then().statusCode(200).body("available", equalTo(false)).body("code", equalTo("BOOKING_CONFLICT"));
    }

    @Test
    void aNewBookingShowsInThePublicAvailabilityAtOnceThoughItIsCached() {
        String date = nextWeek();
        TestInstructor instructor = openInstructor(date);
        String availability = "/api/v1/public/instructors/" + instructor.id() + "/availability?start_date=" + date
                + "&end_date=" + date;
        anonymous().get(availability).then().statusCode(200).body("days[0].starts", hasItem("10:00"));

        as(accounts.student().bearer()).body(request(instructor, date, "10:00")).post("/api/v1/bookings")
                .then().statusCode(201);

        anonymous().get(availability).then().statusCode(200).body("days[0].starts", not(hasItem("10:00")));
    }

    @Test
    void businessRulesAre422WithTheirCode() {
        String date = nextWeek();
        TestInstructor instructor = openInstructor(date);
        TestUser student = accounts.student();

        as(student.bearer()).body(request(instructor, date, "10:10")).post("/api/v1/bookings")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("INVALID_START_TIME"));
        as(student.bearer()).body(request(instructor, date, "17:00")).post("/api/v1/bookings")
                .then().statusCode(422).body("code", equalTo("NOT_AVAILABLE"));
    }

    @Test
    void malformedFieldsAre400NamingTheField() {
        String date = nextWeek();
        TestInstructor instructor = openInstructor(date);
        TestUser student = accounts.student();

        Map<String, Object> badId = request(instructor, date, "10:00");
        badId.put("instructorServiceId", "42");
        as(student.bearer()).body(badId).post("/api/v1/bookings").then().statusCode(400)
                .body("errors.field", hasItem("instructorServiceId"));
        Map<String, Object> badDate = request(instructor, "2026-13-01", "10:00");
        as(student.bearer()).body(badDate).post("/api/v1/bookings").then().statusCode(400)
                .body("errors.field", hasItem("bookingDate"));
        as(student.bearer()).body(request(instructor, date, "10h")).post("/api/v1/bookings/check-availability")
                .then().statusCode(400).body("errors.field", hasItem("startTime"));
        as(student.bearer()).post("/api/v1/bookings").then().statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void onlyCallersWithCreateBookingsMayBook() {
        String date = nextWeek();
        TestInstructor instructor = openInstructor(date);
        TestUser student = accounts.student();

        anonymous().body(request(instructor, date, "10:00")).post("/api/v1/bookings").then().statusCode(401);
        as(instructor.bearer()).body(request(instructor, date, "10:00")).post("/api/v1/bookings")
                .then().statusCode(403);
        as(instructor.bearer()).body(request(instructor, date, "10:00")).post("/api/v1/bookings/check-availability")
                .then().statusCode(403);
        String withoutCreate = "Bearer " + accounts.tokenWith(student.id(),
                TestAccounts.allExcept(Permission.CREATE_BOOKINGS));
        as(withoutCreate).body(request(instructor, date, "10:00")).post("/api/v1/bookings").then().statusCode(403);
        as(student.bearer()).body(request(instructor, date, "10:00")).post("/api/v1/bookings").then().statusCode(201);
    }
}
