package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SessionResourceTest {

    @Inject
    TestAccounts accounts;

    @Test
    void refreshRotatesTheTokenPair() {
        TestUser student = accounts.student();

        ExtractableResponse<Response> rotated = refresh(student.refreshToken()).then().statusCode(200)
                .body("tokenType", equalTo("Bearer"), "expiresIn", greaterThan(800),
                        "refreshToken", not(equalTo(student.refreshToken())))
                .extract();

        logoutAll("Bearer " + rotated.path("accessToken")).then().statusCode(204);
    }

    @Test
    void reusingARotatedRefreshTokenEndsTheWholeFamily() {
        TestUser student = accounts.student();
        String next = refresh(student.refreshToken()).then().statusCode(200).extract().path("refreshToken");

        refresh(student.refreshToken()).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("REFRESH_TOKEN_REUSED"));
        refresh(next).then().statusCode(401).body("code", equalTo("REFRESH_TOKEN_INVALID"));
    }

    @Test
    void logoutEndsOnlyThatSession() {
        TestUser student = accounts.student();

        given().contentType("application/json").body(Map.of("refreshToken", student.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);

        refresh(student.refreshToken()).then().statusCode(401);
    }

    @Test
    void logoutAllDevicesRevokesAccessAndRefreshTokensIssuedBefore() {
        TestUser student = accounts.student();

        logoutAll(student.bearer()).then().statusCode(204);

        logoutAll(student.bearer()).then().statusCode(401).body("code", equalTo("TOKEN_REVOKED"));
        refresh(student.refreshToken()).then().statusCode(401);
    }

    @Test
    void refreshWithoutATokenNamesTheField() {
        given().contentType("application/json").body("{}").post("/api/v1/auth/refresh")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("refreshToken"), "errors[0].rule", equalTo("required"));
        given().contentType("application/json").post("/api/v1/auth/refresh")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        refresh("not-a-token").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("REFRESH_TOKEN_INVALID"));
    }

    private static Response refresh(String refreshToken) {
        return given().contentType("application/json").body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh");
    }

    private static Response logoutAll(String bearer) {
        return given().header("Authorization", bearer).post("/api/v1/account/logout-all-devices");
    }
}
