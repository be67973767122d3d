package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PublicAvailabilityResourceTest {

    private static final String PATH = "/api/v1/public/instructors/{id}/";

    @Inject
    TestAccounts accounts;

    @Inject
    TestBookings bookings;

    @Test
    void anyoneSeesFreeWindowsAndStartsWithBookingsAndBuffersTakenOut() {
        TestInstructor instructor = bookings.instructor();
        LocalDate day = bookings.today().plusDays(3);
        bookings.available(instructor.id(), day, 8 * 60, 13 * 60);
        bookings.booking(accounts.student().id(), instructor, bookings.daysAhead(3, 10), 60, "CONFIRMED");

        noBrowserCache(given().queryParam("start_date", day.toString()).queryParam("end_date", day.toString())
                .get(PATH + "availability", instructor.id()).then().statusCode(200)
                .body("timeZone", equalTo("America/New_York"), "days", hasSize(1),
                        "days[0].date", equalTo(day.toString()),
                        "days[0].windows.start", contains("08:00", "11:15"),
                        "days[0].windows.end", contains("09:45", "13:00"),
                        "days[0].starts", contains("08:00", "08:15", "08:30", "08:45", "11:15", "11:30", "11:45",
                                "12:00")));
        given().get(PATH + "availability", instructor.id()).then().statusCode(200).body("days", hasSize(30));
    }

    @Test
    void nextAvailableFindsTheFirstStartOr404() {
        TestInstructor instructor = bookings.instructor();
        given().get(PATH + "next-available", instructor.id()).then().statusCode(404)
                .body("code", equalTo("NO_AVAILABILITY"));

        TestInstructor available = bookings.instructor();
        LocalDate day = bookings.today().plusDays(5);
        bookings.available(available.id(), day, 14 * 60, 15 * 60);
        noBrowserCache(given().queryParam("duration", "60").get(PATH + "next-available", available.id()).then()
                .statusCode(200)
                .body("date", equalTo(day.toString()), "time", equalTo("14:00"), "durationMinutes", equalTo(60)));
    }

    /** The Lambda HTTP layer may hand the comma-separated parts of the header over as separate values. */
    private static void noBrowserCache(ValidatableResponse response) {
        assertThat(String.join(", ", response.extract().headers().getValues("Cache-Control")))
                .isEqualTo("private, no-cache, must-revalidate");
    }

    @Test
    void unknownOrMalformedInstructorsAndBadRanges() {
        TestInstructor instructor = bookings.instructor();
        String student = accounts.student().id();

        given().get(PATH + "availability", student).then().statusCode(404);
        given().get(PATH + "availability", "nope").then().statusCode(400)
                .body("errors[0].field", equalTo("instructorId"));
        given().queryParam("start_date", "2027-01-01").queryParam("end_date", "2027-04-01")
                .get(PATH + "availability", instructor.id()).then().statusCode(400)
                .body("code", equalTo("RANGE_TOO_LONG"));
        given().queryParam("start_date", "2027-01-01").queryParam("end_date", "2027-03-31")
                .get(PATH + "availability", instructor.id()).then().statusCode(200).body("days", hasSize(90));
        given().queryParam("duration", "abc").get(PATH + "next-available", instructor.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("duration"));
    }
}
