package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sample API Gateway event under events/bookings-api/ reaches its route through the Lambda handler (the mock
 * event server's raw-event endpoint): the booking routes refuse the placeholder token (an unknown route would be a
 * 404).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SampleEventsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "post-bookings.json, 401, TOKEN_INVALID",
        "post-bookings-check-availability.json, 401, TOKEN_INVALID",
        "post-instructor-booking-complete.json, 401, TOKEN_INVALID",
        "post-booking-reschedule.json, 401, TOKEN_INVALID",
        "post-booking-no-show.json, 401, TOKEN_INVALID",
        "post-instructor-booking-no-show.json, 401, TOKEN_INVALID",
        "post-booking-no-show-dispute.json, 401, TOKEN_INVALID",
        "post-instructor-booking-no-show-dispute.json, 401, TOKEN_INVALID",
        "post-admin-booking-no-show.json, 401, TOKEN_INVALID",
        "post-admin-booking-no-show-resolve.json, 401, TOKEN_INVALID"})
    void theSampleEventReachesItsRoute(String sample, int status, String bodyContains) throws Exception {
        String event = Files.readString(Path.of("../../events/bookings-api").resolve(sample));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(status), "body", containsString(bodyContains));
    }
}
