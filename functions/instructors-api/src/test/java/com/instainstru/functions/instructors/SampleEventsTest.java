package com.instainstru.functions.instructors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sample API Gateway event under events/instructors-api/ reaches its route when handed to the
 * function as Lambda would. Placeholders stand where real tokens would be (401), public routes answer.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SampleEventsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "get-catalog-categories.json, 200",
        "get-catalog-services.json, 200",
        "get-catalog-subcategory.json, 200",
        "get-instructor-public-profile.json, 404",
        "post-instructors-me.json, 401",
        "post-instructors-me-go-live.json, 401",
        "post-instructors-me-services.json, 401"})
    void theSampleEventReachesItsRoute(String sample, int status) throws Exception {
        String event = Files.readString(Path.of("../../events/instructors-api").resolve(sample));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(status));
    }
}
