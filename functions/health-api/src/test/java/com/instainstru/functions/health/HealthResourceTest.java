package com.instainstru.functions.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class HealthResourceTest {

    @Test
    void reportsTheDatabaseAndItsMigrationVersion() {
        given().get("/api/v1/health")
                .then().statusCode(200).contentType("application/json")
                .body("status", equalTo("UP"), "database", equalTo("UP"), "migrationVersion", equalTo("7"),
                        "checkedAt", notNullValue());
    }

    @Test
    void answersTheSampleApiGatewayEvent() throws Exception {
        String event = Files.readString(Path.of("../../events/health-api/get-health.json"));

        given().contentType("application/json").body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200),
                        "headers.X-Request-Id", notNullValue(),
                        "body", org.hamcrest.Matchers.containsString("\"status\":\"UP\""));
    }
}
