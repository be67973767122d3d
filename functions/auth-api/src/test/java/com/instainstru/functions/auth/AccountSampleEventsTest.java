package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample API Gateway events of the profile, account, privacy and admin routes reach their resource through
 * the Lambda handler: their placeholder token is refused with 401 (an unknown route would be 404).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AccountSampleEventsTest {

    @ParameterizedTest
    @ValueSource(strings = {"get-users-me.json", "patch-users-me.json", "post-account-suspend.json",
        "get-privacy-export-me.json", "post-privacy-delete-me.json", "post-privacy-delete-user.json",
        "put-admin-user-roles.json", "put-admin-user-permission.json", "put-admin-rate-limit-bucket.json",
        "delete-admin-rate-limit-route.json"})
    void reachesItsRouteAndDemandsAValidToken(String sample) throws Exception {
        String event = Files.readString(Path.of("../../events/auth-api/" + sample));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(401), "body", containsString("\"code\":\"TOKEN_INVALID\""));
    }
}
