package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.notNullValue;

import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.testfixtures.TestAccounts;
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
class EmailVerificationResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestMailbox mailbox;

    @Inject
    Jdbc jdbc;

    private final String email = "new-" + UUID.randomUUID() + "@example.test";

    @Test
    void aCodeSentByEmailIsExchangedForAVerificationToken() {
        send(email).then().statusCode(202)
                .header("X-RateLimit-Policy", "auth_login")
                .body("message", equalTo(EmailVerificationResource.CODE_SENT));
        assertThat(mailbox.latest(email).orElseThrow().template()).isEqualTo(AccountEmails.VERIFICATION_CODE);

        verify(email, mailbox.latestCode(email)).then().statusCode(200)
                .body("emailVerificationToken", hasLength(43), "expiresAt", notNullValue());
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndANoticeInsteadOfACode() {
        String existing = accounts.student().email();

        send(existing).then().statusCode(202).body("message", equalTo(EmailVerificationResource.CODE_SENT));

        assertThat(mailbox.latest(existing).orElseThrow().template()).isEqualTo(AccountEmails.ACCOUNT_EXISTS);
    }

    @Test
    void aFourthSendWithinTenMinutesIs429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            send(email).then().statusCode(202);
        }

        send(email).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("code", equalTo("RATE_LIMITED"));
        assertThat(mailbox.to(email)).hasSize(3);
    }

    @Test
    void aWrongCodeIs400NamingTheCode() {
        send(email).then().statusCode(202);
        String wrong = mailbox.latestCode(email).equals("000000") ? "111111" : "000000";

        verify(email, wrong).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"), "errors[0].rule", equalTo("invalid"));
    }

    @Test
    void aCodeSentToSomeoneElseDoesNotVerifyThisAddress() {
        String other = "other-" + UUID.randomUUID() + "@example.test";
        send(other).then().statusCode(202);
        send(email).then().statusCode(202);
        String othersCode = mailbox.latestCode(other);
        if (othersCode.equals(mailbox.latestCode(email))) {
            return; // one chance in a million: the two codes coincide
        }

        verify(email, othersCode).then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void badInputIs400NamingTheFieldAndSendsNothing() {
        given().contentType("application/json").post("/api/v1/auth/send-email-verification")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        send("not-an-email").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"), "errors[0].rule", equalTo("email"));
        String oversize = "a".repeat(250) + "@example.test";
        send(oversize).then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().contentType("application/json").body("{\"email\": ")
                .post("/api/v1/auth/send-email-verification").then().statusCode(400)
                .body("errors[0].rule", equalTo("json_syntax"));
        given().contentType("application/json").body(Map.of("email", email, "role", "admin"))
                .post("/api/v1/auth/send-email-verification").then().statusCode(400)
                .body("errors[0].field", equalTo("role"), "errors[0].rule", equalTo("unknown_field"));

        assertThat(count("SELECT count(*) AS n FROM email_verification_codes WHERE email IN (?, ?, ?)",
                "not-an-email", oversize, email)).isZero();
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void aMalformedCodeIs400AndIsNotCountedAsAFailure() {
        verify(email, "12ab56").then().statusCode(400)
                .body("errors[0].field", equalTo("code"), "errors[0].rule", equalTo("format"));
        given().contentType("application/json").body(Map.of("email", email))
                .post("/api/v1/auth/verify-email-code").then().statusCode(400)
                .body("errors[0].field", equalTo("code"), "errors[0].rule", equalTo("required"));

        assertThat(count("SELECT count(*) AS n FROM email_verification_failures WHERE email = ?", email)).isZero();
    }

    private int count(String sql, Object... params) {
        return jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }

    static Response send(String email) {
        return given().contentType("application/json").body(Map.of("email", email))
                .post("/api/v1/auth/send-email-verification");
    }

    static Response verify(String email, String code) {
        return given().contentType("application/json").body(Map.of("email", email, "code", code))
                .post("/api/v1/auth/verify-email-code");
    }
}
