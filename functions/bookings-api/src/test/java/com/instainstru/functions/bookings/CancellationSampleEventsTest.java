package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cancellation samples under events/bookings-api/ reach their routes as Lambda would hand them over: with
 * the placeholder token (401), and with a real caller's token and booking id in place (200).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CancellationSampleEventsTest {

    private static final String PLACEHOLDER_TOKEN = "replace-with-an-access-token";
    private static final String PLACEHOLDER_BOOKING = "01JDQ7Z8K9M2N3P4Q5R6S7T8V9";

    @Inject
    TestAccounts accounts;

    @Inject
    TestBookings bookings;

    @ParameterizedTest
    @ValueSource(strings = {"post-booking-cancel.json", "post-instructor-booking-cancel.json"})
    void theSampleEventReachesItsRoute(String sample) throws Exception {
        String event = Files.readString(Path.of("../../events/bookings-api").resolve(sample));
        TestUser student = accounts.student();
        TestInstructor instructor = bookings.instructor("12.00", false);
        String booking = bookings.confirmed(student.id(), instructor, Duration.ofDays(3));
        String caller = sample.startsWith("post-instructor") ? instructor.user().accessToken() : student.accessToken();

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(401));
        given().contentType("application/json")
                .body(event.replace(PLACEHOLDER_TOKEN, caller).replace(PLACEHOLDER_BOOKING, booking))
                .post("/_lambda_").then().statusCode(200).body("statusCode", equalTo(200));
    }
}
