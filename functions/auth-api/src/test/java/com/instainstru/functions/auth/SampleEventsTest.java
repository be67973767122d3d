package com.instainstru.functions.auth;

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
 * Every sample API Gateway event under events/auth-api/ reaches its route when handed to the function as
 * Lambda would (the mock event server's raw-event endpoint). Placeholders stand where real tokens would be.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SampleEventsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "post-auth-refresh.json, 401",
        "post-auth-send-email-verification.json, 202",
        "post-auth-register.json, 400",
        "post-password-reset-request.json, 202",
        "post-auth-change-password.json, 401"})
    void theSampleEventReachesItsRoute(String sample, int status) throws Exception {
        String event = Files.readString(Path.of("../../events/auth-api").resolve(sample));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(status));
    }
}
