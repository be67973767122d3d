package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.instainstru.accounts.twofactor.Base32;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TwoFactorResourceTest {

    private static final String VALID_BODY = "{\"code\": \"123456\", \"currentPassword\": \"x\"}";

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

    @ParameterizedTest
    @CsvSource({"POST, /api/v1/2fa/setup/initiate", "POST, /api/v1/2fa/setup/verify", "GET, /api/v1/2fa/status",
            "POST, /api/v1/2fa/disable", "POST, /api/v1/2fa/regenerate-backup-codes"})
    void anonymousCallersAre401(String method, String path) {
        given().contentType("application/json").body(VALID_BODY).request(method, path)
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @ParameterizedTest
    @CsvSource({"POST, /api/v1/2fa/setup/initiate", "POST, /api/v1/2fa/setup/verify", "GET, /api/v1/2fa/status",
            "POST, /api/v1/2fa/disable", "POST, /api/v1/2fa/regenerate-backup-codes"})
    void callersWithoutManageOwnProfileAre403(String method, String path) {
        TestUser student = accounts.student();
        String token = accounts.tokenWith(student.id(), TestAccounts.allExcept(Permission.MANAGE_OWN_PROFILE));

        given().header("Authorization", "Bearer " + token).contentType("application/json").body(VALID_BODY)
                .request(method, path)
                .then().statusCode(403).body("code", equalTo("PERMISSION_DENIED"));
        assertThat(secretOf(student)).isEmpty();
    }

    @Test
    void initiateReturnsTheSecretAndItsProvisioningUri() {
        TestUser student = accounts.student();

        as(student).post("/api/v1/2fa/setup/initiate").then().statusCode(200).contentType("application/json")
                .body("secret", notNullValue(), "otpauthUri", startsWith("otpauth://totp/iNSTAiNSTRU:"),
                        "expiresAt", notNullValue());

        assertThat(secretOf(student)).startsWith("v1:");
        as(student).get("/api/v1/2fa/status").then().statusCode(200)
                .body("enabled", equalTo(false), "setupPending", equalTo(true), "backupCodesRemaining", equalTo(0));
    }

    @Test
    void setupVerifyEnablesAndReturnsTenBackupCodesOnlyForTheCaller() {
        TestUser student = accounts.student();
        TestUser other = accounts.student();

        TwoFactorSteps.Enabled enabled = twoFactor.enable(student);

        assertThat(enabled.backupCodes()).hasSize(10);
        as(student).get("/api/v1/2fa/status").then().statusCode(200)
                .body("enabled", equalTo(true), "setupPending", equalTo(false), "backupCodesRemaining", equalTo(10),
                        "verifiedAt", notNullValue());
        as(other).get("/api/v1/2fa/status").then().statusCode(200).body("enabled", equalTo(false));
        as(student).post("/api/v1/2fa/setup/initiate").then().statusCode(409)
                .body("code", equalTo("TWO_FACTOR_ALREADY_ENABLED"));
    }

    @Test
    void badSetupVerifyInputIs400AndWritesNothing() {
        TestUser student = accounts.student();
        as(student).post("/api/v1/2fa/setup/initiate").then().statusCode(200);

        as(student).post("/api/v1/2fa/setup/verify").then().statusCode(400).body("errors[0].field", equalTo("body"));
        asJson(student, Map.of()).post("/api/v1/2fa/setup/verify").then().statusCode(400)
                .body("errors[0].field", equalTo("code"), "errors[0].rule", equalTo("required"));
        asJson(student, Map.of("code", "12 456")).post("/api/v1/2fa/setup/verify").then().statusCode(400)
                .body("errors[0].field", equalTo("code"), "errors[0].rule", equalTo("format"));
        asJson(student, Map.of("code", "1234567")).post("/api/v1/2fa/setup/verify").then().statusCode(400);

        assertThat(enabledFlagOf(student)).isFalse();
        assertThat(backupCodesOf(student)).isZero();
    }

    @Test
    void aWrongSetupCodeIs422() {
        TestUser student = accounts.student();
        String secret = as(student).post("/api/v1/2fa/setup/initiate").then().extract().path("secret");
        String wrong = twoFactor.codeAt(Base32.decode(secret), 3);

        asJson(student, Map.of("code", wrong)).post("/api/v1/2fa/setup/verify").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("INVALID_TWO_FACTOR_CODE"));
        assertThat(enabledFlagOf(student)).isFalse();
    }

    @Test
    void setupVerifyWithoutInitiateIs409() {
        TestUser student = accounts.student();

        asJson(student, Map.of("code", "123456")).post("/api/v1/2fa/setup/verify").then().statusCode(409)
                .body("code", equalTo("TWO_FACTOR_SETUP_NOT_STARTED"));
    }

    @Test
    void disableNeedsThePasswordAndASecondFactor() {
        TestUser student = accounts.student();
        TwoFactorSteps.Enabled enabled = twoFactor.enable(student);
        String backupCode = enabled.backupCodes().get(0);

        asJson(student, Map.of("currentPassword", "not-the-password", "backupCode", backupCode))
                .post("/api/v1/2fa/disable").then().statusCode(403).body("code", equalTo("INVALID_CURRENT_PASSWORD"));
        asJson(student, Map.of("currentPassword", TestAccounts.PASSWORD, "code", twoFactor.codeAt(enabled.secret(), 5)))
                .post("/api/v1/2fa/disable").then().statusCode(403).body("code", equalTo("INVALID_TWO_FACTOR_CODE"));
        assertThat(enabledFlagOf(student)).isTrue();

        Response disabled = asJson(student, Map.of("currentPassword", TestAccounts.PASSWORD, "backupCode", backupCode))
                .post("/api/v1/2fa/disable");

        disabled.then().statusCode(204);
        as(student).get("/api/v1/2fa/status").then().statusCode(200)
                .body("enabled", equalTo(false), "backupCodesRemaining", equalTo(0));
        assertThat(secretOf(student)).isEmpty();
        TwoFactorSteps.login(student.email(), TestAccounts.PASSWORD).then().statusCode(200)
                .body("requiresTwoFactor", equalTo(false));
    }

    @Test
    void badDisableInputIs400AndWritesNothing() {
        TestUser student = accounts.student();
        TwoFactorSteps.Enabled enabled = twoFactor.enable(student);
        String backupCode = enabled.backupCodes().get(0);

        asJson(student, Map.of("backupCode", backupCode)).post("/api/v1/2fa/disable").then().statusCode(400)
                .body("errors.field", hasItems("currentPassword"));
        asJson(student, Map.of("currentPassword", TestAccounts.PASSWORD, "backupCode", backupCode, "code", "123456"))
                .post("/api/v1/2fa/disable").then().statusCode(400).body("errors[0].rule", equalTo("exactly_one_of"));
        asJson(student, Map.of("currentPassword", TestAccounts.PASSWORD, "backupCode", "ABC"))
                .post("/api/v1/2fa/disable").then().statusCode(400).body("errors[0].field", equalTo("backupCode"));

        assertThat(enabledFlagOf(student)).isTrue();
        assertThat(unusedBackupCodesOf(student)).isEqualTo(10);
    }

    @Test
    void regenerateReplacesTheBackupCodes() {
        TestUser student = accounts.student();
        TwoFactorSteps.Enabled enabled = twoFactor.enable(student);

        List<String> fresh = asJson(student, Map.of("code", twoFactor.nextCode(enabled)))
                .post("/api/v1/2fa/regenerate-backup-codes").then().statusCode(200)
                .body("backupCodes", hasSize(10)).extract().path("backupCodes");

        assertThat(fresh).doesNotContainAnyElementsOf(enabled.backupCodes());
        asJson(student, Map.of("currentPassword", TestAccounts.PASSWORD, "backupCode", enabled.backupCodes().get(0)))
                .post("/api/v1/2fa/disable").then().statusCode(403).body("code", equalTo("INVALID_TWO_FACTOR_CODE"));
        asJson(student, Map.of("currentPassword", TestAccounts.PASSWORD, "backupCode", fresh.get(0)))
                .post("/api/v1/2fa/disable").then().statusCode(204);
    }

    @Test
    void regenerateNeedsAValidCodeAndEnabledTwoFactor() {
        TestUser student = accounts.student();
        asJson(student, Map.of("code", "123456")).post("/api/v1/2fa/regenerate-backup-codes").then().statusCode(409)
                .body("code", equalTo("TWO_FACTOR_NOT_ENABLED"));
        TwoFactorSteps.Enabled enabled = twoFactor.enable(student);

        asJson(student, Map.of()).post("/api/v1/2fa/regenerate-backup-codes").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        asJson(student, Map.of("code", twoFactor.codeAt(enabled.secret(), -3)))
                .post("/api/v1/2fa/regenerate-backup-codes").then().statusCode(403)
                .body("code", equalTo("INVALID_TWO_FACTOR_CODE"));

        assertThat(unusedBackupCodesOf(student)).isEqualTo(10);
    }

    private static RequestSpecification as(TestUser user) {
        return given().header("Authorization", user.bearer()).contentType("application/json");
    }

    private static RequestSpecification asJson(TestUser user, Map<String, ?> body) {
        return as(user).body(body);
    }

    /** The stored (encrypted) TOTP secret, or "" when there is none. */
    private String secretOf(TestUser user) {
        return jdbc.queryOne("SELECT coalesce(totp_secret, '') AS secret FROM users WHERE id = ?",
                row -> row.string("secret"), user.id()).orElseThrow();
    }

    private boolean enabledFlagOf(TestUser user) {
        return jdbc.queryOne("SELECT totp_enabled FROM users WHERE id = ?", row -> row.bool("totp_enabled"), user.id())
                .orElseThrow();
    }

    private int backupCodesOf(TestUser user) {
        return jdbc.queryOne("SELECT count(*)::int AS n FROM backup_codes WHERE user_id = ?",
                row -> row.integer("n"), user.id()).orElseThrow();
    }

    private int unusedBackupCodesOf(TestUser user) {
        return jdbc.queryOne("SELECT count(*)::int AS n FROM backup_codes WHERE user_id = ? AND used_at IS NULL",
                row -> row.integer("n"), user.id()).orElseThrow();
    }
}
