package com.instainstru.functions.auth;

import static com.instainstru.functions.auth.TwoFactorSteps.login;
import static com.instainstru.functions.auth.TwoFactorSteps.verifyLogin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LoginResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    private TwoFactorSteps twoFactor;

    @BeforeEach
    void steps() {
        twoFactor = new TwoFactorSteps(clock);
    }

    @Test
    void theRightPasswordGivesTokensThatWork() {
        TestUser student = accounts.student();

        String accessToken = login(student.email(), TestAccounts.PASSWORD).then().statusCode(200)
                .contentType("application/json")
                .body("requiresTwoFactor", equalTo(false), "tokenType", equalTo("Bearer"),
                        "expiresIn", greaterThan(800), "refreshToken", notNullValue(),
                        "$", not(hasKey("twoFactorToken")))
                .extract().path("accessToken");

        given().header("Authorization", "Bearer " + accessToken).get("/api/v1/2fa/status")
                .then().statusCode(200).body("enabled", equalTo(false));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSame401() {
        TestUser student = accounts.student();

        String wrongPassword = login(student.email(), "not-the-password").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("INVALID_CREDENTIALS"))
                .extract().path("detail");
        String unknownEmail = login("nobody-" + UUID.randomUUID() + "@example.test", TestAccounts.PASSWORD)
                .then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS")).extract().path("detail");

        assertThat(wrongPassword).isEqualTo(unknownEmail);
    }

    @Test
    void theFifthFailureLocksTheEmailEvenForTheRightPassword() {
        TestUser student = accounts.student();
        for (int i = 0; i < 5; i++) {
            login(student.email(), "wrong-" + i).then().statusCode(401);
        }

        login(student.email().toUpperCase(Locale.ROOT), TestAccounts.PASSWORD).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("ACCOUNT_LOCKED_TEMPORARILY"));
        int retryAfter = Integer.parseInt(login(student.email(), TestAccounts.PASSWORD).header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 30);
    }

    @Test
    void withTwoFactorLoginAsksForTheCodeAndVerifyLoginGivesTokens() {
        TestUser student = accounts.student();
        TwoFactorSteps.Enabled enabled = twoFactor.enable(student);

        String challenge = login(student.email(), TestAccounts.PASSWORD).then().statusCode(200)
                .body("requiresTwoFactor", equalTo(true), "expiresIn", equalTo(60),
                        "$", not(hasKey("accessToken")), "$", not(hasKey("refreshToken")))
                .extract().path("twoFactorToken");
        String code = twoFactor.nextCode(enabled);

        String accessToken = verifyLogin(Map.of("twoFactorToken", challenge, "code", code)).then().statusCode(200)
                .body("tokenType", equalTo("Bearer"), "refreshToken", notNullValue())
                .extract().path("accessToken");
        given().header("Authorization", "Bearer " + accessToken).get("/api/v1/2fa/status")
                .then().statusCode(200).body("enabled", equalTo(true));

        verifyLogin(Map.of("twoFactorToken", challenge, "code", code)).then().statusCode(401)
                .body("code", equalTo("TWO_FACTOR_TOKEN_INVALID"));
        verifyLogin(Map.of("twoFactorToken", newChallenge(student), "code", code)).then().statusCode(401)
                .body("code", equalTo("INVALID_TWO_FACTOR_CODE"));

        String backupCode = enabled.backupCodes().get(0);
        verifyLogin(Map.of("twoFactorToken", newChallenge(student), "backupCode", backupCode)).then().statusCode(200);
        verifyLogin(Map.of("twoFactorToken", newChallenge(student), "backupCode", backupCode)).then().statusCode(401)
                .body("code", equalTo("INVALID_TWO_FACTOR_CODE"));
    }

    @Test
    void verifyLoginWithAnUnknownTokenIs401() {
        verifyLogin(Map.of("twoFactorToken", "not-a-token", "code", "123456")).then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("TWO_FACTOR_TOKEN_INVALID"));
    }

    @Test
    void badLoginInputIs400AndCountsNoFailure() {
        TestUser student = accounts.student();

        given().contentType("application/json").post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("{}").post("/api/v1/auth/login")
                .then().statusCode(400).body("errors.field", hasItems("email", "password"));
        login("not-an-email", TestAccounts.PASSWORD).then().statusCode(400)
                .body("errors[0].field", equalTo("email"), "errors[0].rule", equalTo("email"));
        login(student.email(), "x".repeat(129)).then().statusCode(400)
                .body("errors[0].field", equalTo("password"), "errors[0].rule", equalTo("max_length"));
        given().contentType("application/json")
                .body(Map.of("email", student.email(), "password", "wrong", "remember", true))
                .post("/api/v1/auth/login").then().statusCode(400).body("errors[0].rule", equalTo("unknown_field"));
        given().contentType("application/json").body("{\"email\": ").post("/api/v1/auth/login")
                .then().statusCode(400);

        assertThat(failuresOf(student.email())).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                                                         | twoFactorToken | required",
            "{\"twoFactorToken\": \"t\"}                                | code           | exactly_one_of",
            "{\"twoFactorToken\": \"t\", \"code\": \"123456\", \"backupCode\": \"ABCDE-FGHJK\"} | code | exactly_one_of",
            "{\"twoFactorToken\": \"t\", \"code\": \"12345\"}           | code           | format",
            "{\"twoFactorToken\": \"t\", \"code\": \"12345a\"}          | code           | format",
            "{\"twoFactorToken\": \"t\", \"backupCode\": \"ABCDE-FGHJ\"} | backupCode     | format"})
    void badVerifyLoginInputIs400NamingTheField(String body, String field, String rule) {
        given().contentType("application/json").body(body).post("/api/v1/2fa/verify-login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems(field), "errors.rule", hasItems(rule));
    }

    @Test
    void badVerifyLoginInputDoesNotSpendAnAttempt() {
        TestUser student = accounts.student();
        twoFactor.enable(student);
        String challenge = newChallenge(student);

        verifyLogin(Map.of("twoFactorToken", challenge, "code", "12345")).then().statusCode(400);
        verifyLogin(Map.of("twoFactorToken", challenge)).then().statusCode(400);

        int attempts = jdbc.queryOne("SELECT failed_attempts FROM two_factor_challenges WHERE user_id = ?",
                row -> row.integer("failed_attempts"), student.id()).orElseThrow();
        assertThat(attempts).isZero();
        assertThat(failuresOf(student.email())).isZero();
    }

    @ParameterizedTest
    @CsvSource({"post-auth-login.json, INVALID_CREDENTIALS", "post-2fa-verify-login.json, TWO_FACTOR_TOKEN_INVALID",
            "post-2fa-setup-initiate.json, TOKEN_INVALID", "get-2fa-status.json, TOKEN_INVALID"})
    void answersTheSampleApiGatewayEvents(String file, String code) throws Exception {
        String event = Files.readString(Path.of("../../events/auth-api").resolve(file));

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(401), "body", containsString("\"" + code + "\""));
    }

    private String newChallenge(TestUser user) {
        return login(user.email(), TestAccounts.PASSWORD).then().statusCode(200)
                .body("requiresTwoFactor", equalTo(true)).extract().path("twoFactorToken");
    }

    private int failuresOf(String email) {
        return jdbc.queryOne("SELECT failure_count FROM login_failures WHERE email_key = ?",
                row -> row.integer("failure_count"), email.toLowerCase(Locale.ROOT)).orElse(0);
    }
}
