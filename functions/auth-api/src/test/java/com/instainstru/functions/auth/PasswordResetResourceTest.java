package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestMailbox;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PasswordResetResourceTest {

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
    void theEmailedLinkSetsANewPasswordAndEndsEverySession() {
        TestUser student = accounts.student();

        request(student.email()).then().statusCode(202).header("X-RateLimit-Policy", "auth_login")
                .body("message", equalTo(PasswordResetResource.LINK_SENT));
        String token = mailbox.latestResetToken(student.email());
        given().get("/api/v1/password-reset/verify/" + token).then().statusCode(200)
                .body("valid", equalTo(true), "email", equalTo(student.email().charAt(0) + "***@example.test"));

        confirm(token, NEW_PASSWORD).then().statusCode(204);

        assertThat(hasher.verify(NEW_PASSWORD, users.findById(student.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(mailbox.latest(student.email()).orElseThrow().template()).isEqualTo(AccountEmails.PASSWORD_CHANGED);
        refresh(student.refreshToken()).then().statusCode(401);
        given().header("Authorization", student.bearer()).post("/api/v1/account/logout-all-devices")
                .then().statusCode(401).body("code", equalTo("TOKEN_REVOKED"));
        given().get("/api/v1/password-reset/verify/" + token).then().statusCode(200).body("valid", equalTo(false));
        confirm(token, "another-long-passphrase-2").then().statusCode(400)
                .body("errors[0].field", equalTo("token"), "errors[0].rule", equalTo("invalid"));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.test";

        request(unknown).then().statusCode(202).body("message", equalTo(PasswordResetResource.LINK_SENT));

        assertThat(mailbox.to(unknown)).isEmpty();
    }

    @Test
    void aFourthRequestWithinAnHourIs429WithRetryAfter() {
        TestUser student = accounts.student();
        for (int i = 0; i < 3; i++) {
            request(student.email()).then().statusCode(202);
        }

        request(student.email()).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("code", equalTo("RATE_LIMITED"));
        assertThat(mailbox.to(student.email())).hasSize(3);
    }

    @Test
    void aWeakNewPasswordIs400AndTheLinkStaysUsable() {
        TestUser student = accounts.student();
        request(student.email()).then().statusCode(202);
        String token = mailbox.latestResetToken(student.email());

        confirm(token, "short").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("newPassword"), "errors[0].rule", equalTo("min_length"));
        confirm(token, student.email()).then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"), "errors[0].rule", equalTo("contains_email"));

        assertThat(hasher.verify(TestAccounts.PASSWORD, users.findById(student.id()).orElseThrow().passwordHash()))
                .isTrue();
        refresh(student.refreshToken()).then().statusCode(200);
        given().get("/api/v1/password-reset/verify/" + token).then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void badInputIs400NamingTheField() {
        request("not-an-email").then().statusCode(400)
                .body("errors[0].field", equalTo("email"), "errors[0].rule", equalTo("email"));
        given().contentType("application/json").post("/api/v1/password-reset/request")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("{}").post("/api/v1/password-reset/confirm")
                .then().statusCode(400).body("errors[0].field", equalTo("token"),
                        "errors[1].field", equalTo("newPassword"));
        confirm("t".repeat(201), NEW_PASSWORD).then().statusCode(400)
                .body("errors[0].field", equalTo("token"), "errors[0].rule", equalTo("max_length"));
        given().contentType("application/json").body("{\"token\": \"x\", \"newPassword\": {\"a\": 1}}")
                .post("/api/v1/password-reset/confirm").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
    }

    @Test
    void aMadeUpTokenIsSimplyInvalid() {
        given().get("/api/v1/password-reset/verify/made-up-token").then().statusCode(200)
                .body("valid", equalTo(false), "email", nullValue());
        confirm("made-up-token", NEW_PASSWORD).then().statusCode(400)
                .body("errors[0].field", equalTo("token"), "errors[0].rule", equalTo("invalid"));
    }

    @Test
    void aLinkResetsOnlyTheAccountItWasSentTo() {
        TestUser requester = accounts.student();
        TestUser bystander = accounts.student();
        request(requester.email()).then().statusCode(202);

        confirm(mailbox.latestResetToken(requester.email()), NEW_PASSWORD).then().statusCode(204);

        assertThat(hasher.verify(TestAccounts.PASSWORD, users.findById(bystander.id()).orElseThrow().passwordHash()))
                .isTrue();
        refresh(bystander.refreshToken()).then().statusCode(200);
    }

    private static Response request(String email) {
        return given().contentType("application/json").body(Map.of("email", email))
                .post("/api/v1/password-reset/request");
    }

    private static Response confirm(String token, String newPassword) {
        return given().contentType("application/json").body(Map.of("token", token, "newPassword", newPassword))
                .post("/api/v1/password-reset/confirm");
    }

    private static Response refresh(String refreshToken) {
        return given().contentType("application/json").body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh");
    }
}
