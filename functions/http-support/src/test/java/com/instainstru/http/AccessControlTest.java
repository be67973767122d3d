package com.instainstru.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The permission filter with real tokens, real users in PostgreSQL and the revocation cutoff in Redis. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AccessControlTest {

    private static final String PROTECTED = "/api/v1/probe/users";

    @Inject
    TestAccounts accounts;

    @Test
    void aCallerWithThePermissionIsServed() {
        TestUser admin = accounts.admin();

        get(PROTECTED, admin.bearer()).statusCode(200).body("name", equalTo("users"));
    }

    @Test
    void anonymousCallersAre401WithABearerChallenge() {
        given().get(PROTECTED).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void aCallerWithoutThePermissionIs403NamingIt() {
        TestUser student = accounts.student();

        get(PROTECTED, student.bearer()).statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("PERMISSION_DENIED"),
                        "detail", equalTo("This action requires the permission view_all_users"));
        String everythingElse = accounts.tokenWith(student.id(), TestAccounts.allExcept(Permission.VIEW_ALL_USERS));
        get(PROTECTED, "Bearer " + everythingElse).statusCode(403);
    }

    @Test
    void anExpiredTokenIs401() {
        TestUser student = accounts.student();
        String expired = accounts.tokenWith(student.id(), Set.of(Permission.VIEW_ALL_USERS),
                Instant.now().minus(Duration.ofMinutes(16)));

        get(PROTECTED, "Bearer " + expired).statusCode(401).body("code", equalTo("TOKEN_EXPIRED"));
    }

    @Test
    void aTamperedTokenIs401() {
        TestUser student = accounts.student();
        String[] parts = accounts.tokenWith(student.id(), Set.of()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String escalated = claims.replace("\"perms\":[]", "\"perms\":[\"view_all_users\"]");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(escalated.getBytes())
                + "." + parts[2];

        get(PROTECTED, "Bearer " + forged).statusCode(401).body("code", equalTo("TOKEN_INVALID"));
        get(PROTECTED, "Bearer not.a.token").statusCode(401).body("code", equalTo("TOKEN_INVALID"));
        get(PROTECTED, "Basic dXNlcjpwYXNz").statusCode(401).body("code", equalTo("TOKEN_INVALID"));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes());
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"instainstru\",\"aud\":\"instainstru-api\",\"sub\":\"01KDVDNA0097QGSXV0PVAVN864\",\"perms\":[\"view_all_users\"]}"
                        .getBytes());

        get(PROTECTED, "Bearer " + header + "." + body + ".").statusCode(401).body("code", equalTo("TOKEN_INVALID"));
    }

    @Test
    void aTokenOfADeletedUserIs401() {
        String token = accounts.tokenWith("01KDVDNA0097QGSXV0PVAVN864", List.of(Permission.VIEW_ALL_USERS));

        get(PROTECTED, "Bearer " + token).statusCode(401).body("code", equalTo("TOKEN_REVOKED"));
    }

    @Test
    void aMethodWithoutAnAccessDeclarationIsDenied() {
        TestUser admin = accounts.admin();

        get("/api/v1/probe/undeclared", admin.bearer()).statusCode(403).body("code", equalTo("PERMISSION_DENIED"));
    }

    @Test
    void aPublicEndpointIgnoresAStaleToken() {
        get("/api/v1/probe/fail/not-found", "Bearer stale.token.value").statusCode(404);
    }

    private static ValidatableResponse get(String path, String authorization) {
        return given().header("Authorization", authorization).get(path).then();
    }
}
