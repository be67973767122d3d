package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestMailbox;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PasswordChangeResourceTest {

    private static final String NEW_PASSWORD = "copper-lantern-meadow-77";

    @Inject
    TestAccounts accounts;

    @Inject
    TestMailbox mailbox;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Test
    void changesThePasswordEndsOtherSessionsAndReturnsAFreshOne() {
        TestUser student = accounts.student();

        String fresh = change(student.bearer(), TestAccounts.PASSWORD, NEW_PASSWORD).then().statusCode(200)
                .body("tokenType", equalTo("Bearer"), "refreshToken", not(equalTo(student.refreshToken())))
                .extract().path("accessToken");

        assertThat(hasher.verify(NEW_PASSWORD, users.findById(student.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(mailbox.latest(student.email()).orElseThrow().template()).isEqualTo(AccountEmails.PASSWORD_CHANGED);
        change(student.bearer(), NEW_PASSWORD, "another-long-passphrase-3").then().statusCode(401)
                .body("code", equalTo("TOKEN_REVOKED"));
        given().contentType("application/json").body(Map.of("refreshToken", student.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        change("Bearer " + fresh, NEW_PASSWORD, "another-long-passphrase-3").then().statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordIs400NamingItAndChangesNothing() {
        TestUser instructor = accounts.instructor();

        change(instructor.bearer(), "not-my-password", NEW_PASSWORD).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("currentPassword"), "errors[0].rule", equalTo("incorrect"));

        assertThat(hasher.verify(TestAccounts.PASSWORD, users.findById(instructor.id()).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(mailbox.to(instructor.email())).isEmpty();
        change(instructor.bearer(), TestAccounts.PASSWORD, NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void aWeakNewPasswordIs400NamingIt() {
        TestUser student = accounts.student();

        change(student.bearer(), TestAccounts.PASSWORD, "password123").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"), "errors[0].rule", equalTo("common_password"));
        change(student.bearer(), TestAccounts.PASSWORD, "x".repeat(129)).then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"), "errors[0].rule", equalTo("max_length"));
        change(student.bearer(), null, NEW_PASSWORD).then().statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"), "errors[0].rule", equalTo("required"));
        given().header("Authorization", student.bearer()).contentType("application/json")
                .post("/api/v1/auth/change-password").then().statusCode(400).body("errors[0].field", equalTo("body"));

        assertThat(hasher.verify(TestAccounts.PASSWORD, users.findById(student.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void anonymousCallersAre401AndCallersWithoutThePermission403() {
        TestUser student = accounts.student();

        change(null, TestAccounts.PASSWORD, NEW_PASSWORD).then().statusCode(401)
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
        String withoutPermission = accounts.tokenWith(student.id(),
                TestAccounts.allExcept(Permission.CHANGE_OWN_PASSWORD));
        change("Bearer " + withoutPermission, TestAccounts.PASSWORD, NEW_PASSWORD).then().statusCode(403)
                .body("code", equalTo("PERMISSION_DENIED"));

        assertThat(hasher.verify(TestAccounts.PASSWORD, users.findById(student.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void aCallerChangesOnlyTheirOwnPassword() {
        TestUser caller = accounts.student();
        TestUser other = accounts.student();

        change(caller.bearer(), TestAccounts.PASSWORD, NEW_PASSWORD).then().statusCode(200);

        assertThat(hasher.verify(TestAccounts.PASSWORD, users.findById(other.id()).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(mailbox.to(other.email())).isEmpty();
    }

    private static Response change(String bearer, String currentPassword, String newPassword) {
        var request = given().contentType("application/json");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        Map<String, String> body = new HashMap<>();
        body.put("currentPassword", currentPassword);
        body.put("newPassword", newPassword);
        return request.body(body).post("/api/v1/auth/change-password");
    }
}
