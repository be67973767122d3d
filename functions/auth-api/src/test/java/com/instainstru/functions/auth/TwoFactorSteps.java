package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;

import com.instainstru.accounts.twofactor.Base32;
import com.instainstru.accounts.twofactor.Totp;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import io.restassured.response.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Two-factor steps through the HTTP API, with codes computed by {@link Totp} like an authenticator app.
 * The function runs on the real clock, so each user spends the current step on the setup and the next step
 * on one later request; further proofs use backup codes (a step two ahead is outside the window).
 */
final class TwoFactorSteps {

    private final Totp totp = new Totp();
    private final Clock clock;

    TwoFactorSteps(Clock clock) {
        this.clock = clock;
    }

    /** Initiates and confirms 2FA for {@code user}. */
    Enabled enable(TestUser user) {
        String secret = given().header("Authorization", user.bearer()).post("/api/v1/2fa/setup/initiate")
                .then().statusCode(200).extract().path("secret");
        byte[] key = Base32.decode(secret);
        long step = totp.stepAt(clock.instant());
        List<String> backupCodes = given().header("Authorization", user.bearer()).contentType("application/json")
                .body(Map.of("code", totp.codeAt(key, step))).post("/api/v1/2fa/setup/verify")
                .then().statusCode(200).extract().path("backupCodes");
        return new Enabled(key, step, backupCodes);
    }

    /** The code of the step after the one the setup used. */
    String nextCode(Enabled enabled) {
        return totp.codeAt(enabled.secret(), enabled.setupStep() + 1);
    }

    String codeAt(byte[] secret, long stepsFromNow) {
        return totp.codeAt(secret, totp.stepAt(clock.instant()) + stepsFromNow);
    }

    static Response login(String email, String password) {
        return given().contentType("application/json").body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    static Response verifyLogin(Map<String, ?> body) {
        return given().contentType("application/json").body(body).post("/api/v1/2fa/verify-login");
    }

    record Enabled(byte[] secret, long setupStep, List<String> backupCodes) {
    }
}
