package com.instainstru.accounts.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.instainstru.accounts.AccountsTestKit;
import com.instainstru.accounts.AccountsTestKit.TwoFactorUser;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.sessions.TokenPair;
import com.instainstru.accounts.twofactor.FactorMatch;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.security.OpaqueTokens;
import com.instainstru.platform.errors.UnauthorizedException;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** verify-login against the real database, with the clock moved step by step. */
class TwoFactorLoginServiceTest {

    private final AccountsTestKit kit = new AccountsTestKit();
    private final TwoFactorLoginService verifier = kit.twoFactorLogins;
    private TwoFactorUser user;

    @BeforeEach
    void enableTwoFactorThenLetTheSetupStepPass() {
        user = kit.studentWithTwoFactor();
        kit.clock.advance(Duration.ofMinutes(10));
    }

    @Test
    void theCurrentCodeGivesASessionAndEndsTheStreak() {
        loginFails();
        String token = challenge();

        TokenPair tokens = verifier.verify(token, kit.currentCode(user.secret()), null);

        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(kit.loginFailures.find(LoginLockoutService.keyOf(user.email()))).isEmpty();
        assertThat(kit.reload(user.user()).totpLastUsedStep()).isEqualTo(kit.totp.stepAt(kit.clock.instant()));
    }

    @Test
    void oneStepEitherSideIsAcceptedTwoStepsAreNot() {
        assertWrongCode(challenge(), kit.codeAtOffset(user.secret(), -2));
        assertWrongCode(challenge(), kit.codeAtOffset(user.secret(), 2));

        assertThat(verifier.verify(challenge(), kit.codeAtOffset(user.secret(), -1), null)).isNotNull();
        assertThat(verifier.verify(challenge(), kit.codeAtOffset(user.secret(), 1), null)).isNotNull();
    }

    @Test
    void aUsedCodeIsAReplayEvenWithAFreshChallenge() {
        String code = kit.currentCode(user.secret());
        verifier.verify(challenge(), code, null);

        assertWrongCode(challenge(), code);
        kit.clock.advance(Duration.ofSeconds(29));
        assertWrongCode(challenge(), code);
    }

    @Test
    void aStepBeforeTheLastUsedOneIsRejected() {
        verifier.verify(challenge(), kit.codeAtOffset(user.secret(), 1), null);

        assertWrongCode(challenge(), kit.currentCode(user.secret()));
    }

    @Test
    void aChallengeIsUsedOnce() {
        String token = challenge();
        verifier.verify(token, kit.currentCode(user.secret()), null);
        kit.clock.advance(Duration.ofSeconds(30));

        assertThat(codeOf(() -> verifyWithTheCurrentCode(token))).isEqualTo("TWO_FACTOR_TOKEN_INVALID");
    }

    @Test
    void aChallengeExpiresAfterSixtySeconds() {
        String token = challenge();
        kit.clock.advance(Duration.ofSeconds(60));

        assertThat(codeOf(() -> verifyWithTheCurrentCode(token))).isEqualTo("TWO_FACTOR_TOKEN_EXPIRED");
    }

    @Test
    void aChallengeIsStillGoodOneSecondBeforeItExpires() {
        String token = challenge();
        kit.clock.advance(Duration.ofSeconds(59));

        assertThat(verifier.verify(token, kit.currentCode(user.secret()), null)).isNotNull();
    }

    @Test
    void fiveWrongCodesKillTheChallengeAndLockTheAccount() {
        String token = challenge();
        for (int i = 0; i < 5; i++) {
            assertWrongCode(token, wrongCode());
        }

        assertThat(codeOf(() -> verifyWithTheCurrentCode(token))).isEqualTo("TWO_FACTOR_TOKEN_INVALID");
        assertThat(codeOf(() -> kit.logins.login(user.email(), AccountsTestKit.PASSWORD)))
                .isEqualTo("ACCOUNT_LOCKED_TEMPORARILY");
    }

    @Test
    void aLockedAccountCannotUseItsChallenge() {
        String token = challenge();
        for (int i = 0; i < 5; i++) {
            kit.lockout.recordFailure(LoginLockoutService.keyOf(user.email()));
        }

        assertThatThrownBy(() -> verifyWithTheCurrentCode(token)).isInstanceOf(RateLimitedException.class);
        assertThat(kit.challenges.findByHash(OpaqueTokens.sha256(token))
                .orElseThrow().failedAttempts()).as("not an attempt").isZero();
    }

    @Test
    void aBackupCodeWorksOnceInAnyCaseAndWithoutTheHyphen() {
        String backupCode = user.backupCodes().get(3);
        String typed = backupCode.replace("-", " ").toLowerCase(Locale.ROOT);

        assertThat(verifier.verify(challenge(), null, typed)).isNotNull();

        assertWrongBackupCode(challenge(), backupCode);
        assertThat(verifier.verify(challenge(), null, user.backupCodes().get(4))).isNotNull();
        assertThat(kit.backupCodeRows.unused(user.user().id())).hasSize(8);
    }

    @Test
    void aFactorCanBeClaimedOnlyOnceWhenTwoRequestsCheckedItConcurrently() {
        var stale = kit.reload(user.user());
        FactorMatch totpMatch = kit.secondFactor.check(stale, kit.currentCode(user.secret()), null,
                kit.clock.instant()).orElseThrow();
        FactorMatch backupMatch = kit.secondFactor.check(stale, null, user.backupCodes().get(0), kit.clock.instant())
                .orElseThrow();

        assertThat(kit.secondFactor.claim(stale.id(), totpMatch, kit.clock.instant())).isTrue();
        assertThat(kit.secondFactor.claim(stale.id(), totpMatch, kit.clock.instant())).isFalse();
        assertThat(kit.secondFactor.claim(stale.id(), backupMatch, kit.clock.instant())).isTrue();
        assertThat(kit.secondFactor.claim(stale.id(), backupMatch, kit.clock.instant())).isFalse();
    }

    @Test
    void anUnknownTokenIsRejected() {
        String code = kit.currentCode(user.secret());

        assertThat(codeOf(() -> verifier.verify("not-a-token", code, null))).isEqualTo("TWO_FACTOR_TOKEN_INVALID");
    }

    @Test
    void aChallengeDiesWhenTwoFactorIsDisabledMeanwhile() {
        String token = challenge();
        kit.twoFactor.disable(user.user().id(), AccountsTestKit.PASSWORD, null, user.backupCodes().get(0));

        assertThat(codeOf(() -> verifyWithTheCurrentCode(token))).isEqualTo("TWO_FACTOR_TOKEN_INVALID");
    }

    private String challenge() {
        LoginResult result = kit.logins.login(user.email(), AccountsTestKit.PASSWORD);
        return ((LoginResult.TwoFactorRequired) result).twoFactorToken();
    }

    private void loginFails() {
        assertThatThrownBy(() -> kit.logins.login(user.email(), "wrong-password"))
                .isInstanceOf(UnauthorizedException.class);
    }

    private TokenPair verifyWithTheCurrentCode(String token) {
        return verifier.verify(token, kit.currentCode(user.secret()), null);
    }

    private void assertWrongCode(String token, String code) {
        assertThat(codeOf(() -> verifier.verify(token, code, null))).isEqualTo("INVALID_TWO_FACTOR_CODE");
    }

    private void assertWrongBackupCode(String token, String backupCode) {
        assertThat(codeOf(() -> verifier.verify(token, null, backupCode))).isEqualTo("INVALID_TWO_FACTOR_CODE");
    }

    /** A well-formed code that matches none of the steps verify-login accepts now. */
    private String wrongCode() {
        var accepted = IntStream.rangeClosed(-1, 1).mapToObj(step -> kit.codeAtOffset(user.secret(), step)).toList();
        return IntStream.rangeClosed(0, 9).mapToObj(digit -> String.valueOf(digit).repeat(6))
                .filter(code -> !accepted.contains(code)).findFirst().orElseThrow();
    }

    private static String codeOf(ThrowingCallable call) {
        DomainException failure = catchThrowableOfType(call, DomainException.class);
        assertThat(failure).as("refused").isNotNull();
        return failure.code();
    }
}
