package com.instainstru.functions.instructors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample API Gateway event of the search route reaches the resource through the Lambda handler. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SearchSampleEventTest {

    @Test
    void searchesWithoutAToken() throws Exception {
        String event = Files.readString(Path.of("../../events/instructors-api/get-search.json"));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200), "body", containsString("\"matchedServices\":[\"Piano\"]"));
    }
}
