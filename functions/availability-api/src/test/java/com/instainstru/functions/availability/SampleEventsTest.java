package com.instainstru.functions.availability;

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
 * Every sample API Gateway event under events/availability-api/ reaches its route when handed to the
 * function as Lambda would: with its placeholder token (401), and with a real instructor's token in its place.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SampleEventsTest {

    private static final String PLACEHOLDER = "replace-with-an-access-token";

    @Inject
    TestAccounts accounts;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "get-availability-week.json, 200",
        // The sample's body version is a placeholder, so the save is a version conflict.
        "post-availability-week.json, 409",
        "post-availability-copy-week.json, 200",
        "post-availability-apply-to-date-range.json, 200",
        "get-availability-blackout-dates.json, 200",
        "post-availability-blackout-dates.json, 201",
        "delete-availability-blackout-date.json, 404"})
    void theSampleEventReachesItsRoute(String sample, int status) throws Exception {
        String event = Files.readString(Path.of("../../events/availability-api").resolve(sample));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(401));
        given().contentType("application/json")
                .body(event.replace(PLACEHOLDER, accounts.instructor().accessToken())).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(status));
    }
}
