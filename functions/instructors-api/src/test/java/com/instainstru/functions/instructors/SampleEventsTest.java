package com.instainstru.functions.instructors;

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
 * Every sample API Gateway event under events/instructors-api/ reaches its route through the Lambda handler (the
 * mock event server's raw-event endpoint): public routes answer, "me" routes refuse the placeholder token, and
 * the sample instructor id names nobody (an unknown route would be a 404 without the INSTRUCTOR_NOT_FOUND code).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SampleEventsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "get-catalog-categories.json, 200, Tutoring & Test Prep",
        "get-catalog-services.json, 200, \"slug\":\"piano\"",
        "get-catalog-subcategory.json, 200, \"services\"",
        "get-instructor-public-profile.json, 404, INSTRUCTOR_NOT_FOUND",
        "post-instructors-me.json, 401, TOKEN_INVALID",
        "post-instructors-me-go-live.json, 401, TOKEN_INVALID",
        "post-instructors-me-services.json, 401, TOKEN_INVALID",
        "get-regions.json, 200, Park Slope",
        "get-regions-lookup.json, 200, Park Slope",
        "get-instructors-me-service-areas.json, 401, TOKEN_INVALID",
        "put-instructors-me-service-areas.json, 401, TOKEN_INVALID",
        "get-instructors-me-places.json, 401, TOKEN_INVALID",
        "put-instructors-me-places.json, 401, TOKEN_INVALID",
        "get-instructor-coverage.json, 404, INSTRUCTOR_NOT_FOUND",
        "get-instructor-check-service-area.json, 404, INSTRUCTOR_NOT_FOUND",
        "get-instructor-places.json, 404, INSTRUCTOR_NOT_FOUND",
        "get-search.json, 200, \"matchedServices\":[\"Piano\"]"})
    void theSampleEventReachesItsRoute(String sample, int status, String bodyContains) throws Exception {
        String event = Files.readString(Path.of("../../events/instructors-api").resolve(sample));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(status), "body", containsString(bodyContains));
    }
}
