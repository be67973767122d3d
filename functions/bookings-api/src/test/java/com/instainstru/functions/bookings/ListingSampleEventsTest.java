package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The listing and public-availability sample events under events/bookings-api/ reach their routes when
 * handed to the function as Lambda would: signed-in samples answer 401 with their placeholder token and
 * their route's answer with a real token; public samples answer without one (their sample ids are unknown).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ListingSampleEventsTest {

    private static final String PLACEHOLDER = "replace-with-an-access-token";

    @Inject
    TestAccounts accounts;

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
        "get-bookings.json, student, 200",
        "get-booking.json, student, 404",
        "get-instructor-bookings.json, instructor, 200",
        "get-instructor-booking.json, instructor, 404",
        "get-public-instructor-availability.json, , 404",
        "get-public-instructor-next-available.json, , 404"})
    void theSampleEventReachesItsRoute(String sample, String role, int status) throws Exception {
        String event = Files.readString(Path.of("../../events/bookings-api").resolve(sample));
        if (role != null) {
            given().contentType("application/json").body(event).post("/_lambda_")
                    .then().statusCode(200).body("statusCode", equalTo(401));
            String token = role.equals("student") ? accounts.student().accessToken()
                    : accounts.instructor().accessToken();
            event = event.replace(PLACEHOLDER, token);
        }
        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(status));
    }
}
