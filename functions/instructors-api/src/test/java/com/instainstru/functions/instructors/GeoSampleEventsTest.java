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
 * The sample API Gateway events of the region, service-area and place routes reach their resource through the
 * Lambda handler: public lookups answer, "me" routes refuse the placeholder token, and the sample instructor id
 * names nobody (an unknown route would be a 404 without the INSTRUCTOR_NOT_FOUND code).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class GeoSampleEventsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "get-regions.json, 200, Park Slope",
        "get-regions-lookup.json, 200, Park Slope",
        "get-instructors-me-service-areas.json, 401, TOKEN_INVALID",
        "put-instructors-me-service-areas.json, 401, TOKEN_INVALID",
        "get-instructors-me-places.json, 401, TOKEN_INVALID",
        "put-instructors-me-places.json, 401, TOKEN_INVALID",
        "get-instructor-coverage.json, 404, INSTRUCTOR_NOT_FOUND",
        "get-instructor-check-service-area.json, 404, INSTRUCTOR_NOT_FOUND",
        "get-instructor-places.json, 404, INSTRUCTOR_NOT_FOUND"})
    void theSampleEventReachesItsRoute(String sample, int status, String bodyContains) throws Exception {
        String event = Files.readString(Path.of("../../events/instructors-api").resolve(sample));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(status), "body", containsString(bodyContains));
    }
}
