package com.instainstru.functions.bookings;

import static com.instainstru.functions.bookings.Api.as;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingCompletionResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestBookings bookings;

    @Inject
    Clock clock;

    @Test
    void theInstructorCompletesAnEndedLessonOnceAndNobodyElseCan() {
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("15.00", false);
        TestInstructor other = bookings.instructor("15.00", false);
        String ended = bookings.insert(student.id(), instructor, clock.instant().minus(Duration.ofHours(2)), 60,
                12_000, "CONFIRMED");
        String upcoming = bookings.confirmed(student.id(), instructor, Duration.ofDays(2));

        as(other.bearer()).post("/api/v1/instructor-bookings/" + ended + "/complete")
                .then().statusCode(404).body("code", equalTo("BOOKING_NOT_FOUND"));
        as(instructor.bearer()).post("/api/v1/instructor-bookings/" + upcoming + "/complete")
                .then().statusCode(422).body("code", equalTo("LESSON_NOT_ENDED"));
        as(instructor.bearer()).post("/api/v1/instructor-bookings/" + ended + "/complete")
                .then().statusCode(200).body("bookingId", equalTo(ended), "status", equalTo("COMPLETED"));
        as(instructor.bearer()).post("/api/v1/instructor-bookings/" + ended + "/complete")
                .then().statusCode(409).body("code", equalTo("INVALID_BOOKING_STATUS_TRANSITION"));
        as(student.bearer()).post("/api/v1/instructor-bookings/" + ended + "/complete")
                .then().statusCode(403);
    }
}
