package com.instainstru.functions.bookings;

import static com.instainstru.functions.bookings.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingListingResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestBookings bookings;

    @Test
    void aStudentListsTheirUpcomingAndPastBookingsAndReadsOnlyTheirOwn() {
        TestUser student = accounts.student();
        TestUser other = accounts.student();
        TestInstructor instructor = bookings.instructor();
        String later = bookings.booking(student.id(), instructor, bookings.daysAhead(3, 10), 60, "CONFIRMED");
        String sooner = bookings.booking(student.id(), instructor, bookings.daysAhead(2, 10), 60, "PENDING");
        String done = bookings.booking(student.id(), instructor, bookings.daysAhead(-2, 10), 60, "COMPLETED");

        as(student.bearer()).get("/api/v1/bookings").then().statusCode(200)
                .body("when", equalTo("upcoming"), "total", equalTo(2), "bookings.id", contains(sooner, later),
                        "bookings[0].instructor.id", equalTo(instructor.id()),
                        "bookings[0].instructor.name", equalTo("Test I."),
                        "bookings[0].startTime", equalTo("10:00"), "bookings[0].endTime", equalTo("11:00"),
                        "bookings[0].lessonTimeZone", equalTo("America/New_York"),
                        "bookings[0].totalPriceCents", equalTo(8000),
                        "bookings[0].studentNote", equalTo("Student note"),
                        "bookings[0].instructorNote", nullValue());
        as(student.bearer()).queryParam("when", "past").get("/api/v1/bookings").then().statusCode(200)
                .body("bookings.id", contains(done));
        as(student.bearer()).queryParam("limit", "1").queryParam("page", "2").get("/api/v1/bookings").then()
                .statusCode(200).body("bookings.id", contains(later), "hasMore", equalTo(false));
        String detail = as(student.bearer()).get("/api/v1/bookings/" + later).then().statusCode(200)
                .body("id", equalTo(later), "status", equalTo("CONFIRMED")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(detail).doesNotContain(instructor.user().email(), "Instructorson");

        as(other.bearer()).get("/api/v1/bookings/" + later).then().statusCode(404);
        as(other.bearer()).get("/api/v1/bookings").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anInstructorSeesOnlyBookingsWhereTheyAreTheInstructor() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor();
        TestInstructor otherInstructor = bookings.instructor();
        String id = bookings.booking(student.id(), instructor, bookings.daysAhead(4, 11), 30, "CONFIRMED");

        as(instructor.bearer()).get("/api/v1/instructor-bookings").then().statusCode(200)
                .body("bookings.id", contains(id), "bookings[0].student.name", equalTo("Test S."),
                        "bookings[0].student.id", equalTo(student.id()));
        String detail = as(instructor.bearer()).get("/api/v1/instructor-bookings/" + id).then().statusCode(200)
                .body("instructorNote", equalTo("Instructor note"), "endTime", equalTo("11:30"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(detail).doesNotContain(student.email(), "Studentson");

        as(otherInstructor.bearer()).get("/api/v1/instructor-bookings/" + id).then().statusCode(404);
        as(otherInstructor.bearer()).get("/api/v1/instructor-bookings").then().statusCode(200)
                .body("total", equalTo(0));
        // the instructor is not the student of this booking, even holding every permission
        as("Bearer " + accounts.tokenWith(instructor.id(), TestAccounts.allExcept())).get("/api/v1/bookings/" + id).then().statusCode(404);
    }

    @Test
    void aBookingEndingExactlyNowIsPast() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor();
        // ends at the start of the current minute, i.e. before or at now
        java.time.Instant end = bookings.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String ended = bookings.booking(student.id(), instructor, end.minus(Duration.ofMinutes(30)), 30, "CONFIRMED");

        as(student.bearer()).get("/api/v1/bookings").then().statusCode(200).body("total", equalTo(0));
        as(student.bearer()).queryParam("when", "past").get("/api/v1/bookings").then().statusCode(200)
                .body("bookings.id", contains(ended));
    }

    @Test
    void badPagingNamesTheField() {
        TestUser student = accounts.student();

        as(student.bearer()).queryParam("limit", "51").get("/api/v1/bookings").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(student.bearer()).queryParam("page", "0").get("/api/v1/bookings").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(student.bearer()).queryParam("when", "soon").get("/api/v1/bookings").then().statusCode(400)
                .body("errors[0].field", equalTo("when"));
        as(student.bearer()).get("/api/v1/bookings/not-a-booking").then().statusCode(404);
    }
}
