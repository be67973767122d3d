package com.instainstru.accounts.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.instainstru.accounts.AccountsTestKit;
import com.instainstru.accounts.AccountsTestKit.TwoFactorUser;
import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.users.User;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.security.OpaqueTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginServiceTest {

    private final AccountsTestKit kit = new AccountsTestKit();
    private final LoginService logins = kit.logins;

    @Test
    void theRightPasswordSignsInAndEndsTheFailureStreak() {
        User user = kit.student();
        failTimes(user.email(), 3);

        LoginResult result = logins.login(user.email(), AccountsTestKit.PASSWORD);

        assertThat(result).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(((LoginResult.SignedIn) result).tokens().refreshToken()).isNotBlank();
        assertThat(kit.loginFailures.find(LoginLockoutService.keyOf(user.email()))).isEmpty();
        assertThat(refreshTokensOf(user)).isEqualTo(1);
    }

    @Test
    void theEmailIsMatchedTrimmedAndCaseInsensitively() {
        User user = kit.student();

        LoginResult result = logins.login("  " + user.email().toUpperCase() + " ", AccountsTestKit.PASSWORD);

        assertThat(result).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        User user = kit.student();

        UnauthorizedException wrongPassword = loginFails(user.email(), "not-the-password");
        UnauthorizedException unknownEmail = loginFails("nobody-" + UUID.randomUUID() + "@example.test",
                AccountsTestKit.PASSWORD);

        assertThat(wrongPassword.code()).isEqualTo("INVALID_CREDENTIALS").isEqualTo(unknownEmail.code());
        assertThat(wrongPassword.getMessage()).isEqualTo(unknownEmail.getMessage());
        assertThat(wrongPassword.status()).isEqualTo(401).isEqualTo(unknownEmail.status());
    }

    @Test
    void anUnknownEmailCostsOneArgon2VerificationWithTheConfiguredParameters() {
        int before = kit.hasher.verifications.get();

        loginFails("nobody-" + UUID.randomUUID() + "@example.test", AccountsTestKit.PASSWORD);

        assertThat(kit.hasher.verifications.get() - before).isEqualTo(1);
        assertThat(kit.hasher.needsRehash(logins.dummyHash())).isFalse();
    }

    @Test
    void theFixedDummyHashHasTheDefaultParameters() {
        PasswordHasher defaults = new PasswordHasher(19456, 2, 1, Optional.empty());

        assertThat(defaults.needsRehash(LoginService.DUMMY_HASH)).isFalse();
        assertThat(defaults.verify("", LoginService.DUMMY_HASH)).isFalse();
        assertThat(new LoginService(kit.users, defaults, kit.lockout, kit.challenges, kit.sessions, kit.platform.tx,
                kit.platform.ids, kit.clock).dummyHash()).isSameAs(LoginService.DUMMY_HASH);
    }

    @Test
    void unknownEmailsLockExactlyLikeKnownOnes() {
        User user = kit.student();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.test";

        failTimes(user.email(), 5);
        failTimes(unknown, 5);

        RateLimitedException known = loginLocked(user.email(), AccountsTestKit.PASSWORD);
        RateLimitedException unknownLocked = loginLocked(unknown, AccountsTestKit.PASSWORD);
        assertThat(known.code()).isEqualTo("ACCOUNT_LOCKED_TEMPORARILY").isEqualTo(unknownLocked.code());
        assertThat(known.retryAfter()).contains(Duration.ofSeconds(30)).isEqualTo(unknownLocked.retryAfter());
    }

    @Test
    void aLockedEmailIsRefusedWithoutLookingAtThePassword() {
        User user = kit.student();
        failTimes(user.email(), 5);
        int before = kit.hasher.verifications.get();

        RateLimitedException locked = loginLocked(user.email(), AccountsTestKit.PASSWORD);

        assertThat(locked.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(kit.hasher.verifications.get()).isEqualTo(before);
        assertThat(kit.loginFailures.find(LoginLockoutService.keyOf(user.email())).orElseThrow().failureCount())
                .isEqualTo(5);

        kit.clock.advance(Duration.ofSeconds(30));
        assertThat(logins.login(user.email(), AccountsTestKit.PASSWORD)).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void loginWalksThroughEveryLockoutThreshold() {
        User user = kit.student();
        String key = LoginLockoutService.keyOf(user.email());
        for (int failure = 1; failure <= 21; failure++) {
            loginFails(user.email(), "wrong-password");

            Duration lock = AccountsTestKit.referenceLockAfter(failure);
            if (lock == null) {
                kit.lockout.requireUnlocked(key);
                continue;
            }
            RateLimitedException locked = loginLocked(user.email(), AccountsTestKit.PASSWORD);
            assertThat(locked).as("locked after failure %d", failure).isNotNull();
            assertThat(locked.retryAfter()).as("lock after failure %d", failure).contains(lock);
            kit.clock.advance(lock);
        }

        assertThat(logins.login(user.email(), AccountsTestKit.PASSWORD)).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(kit.loginFailures.find(key)).isEmpty();
    }

    @Test
    void deactivatedAndAnonymizedAccountsGetTheSame401EvenWithTheRightPassword() {
        User deactivated = kit.student();
        User anonymized = kit.student();
        kit.platform.jdbc.update("UPDATE users SET account_status = 'deactivated' WHERE id = ?", deactivated.id());
        kit.platform.jdbc.update("UPDATE users SET anonymized_at = ? WHERE id = ?", kit.clock.instant(),
                anonymized.id());

        assertThat(loginFails(deactivated.email(), AccountsTestKit.PASSWORD).code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(loginFails(anonymized.email(), AccountsTestKit.PASSWORD).code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(kit.loginFailures.find(LoginLockoutService.keyOf(deactivated.email())).orElseThrow()
                .failureCount()).isEqualTo(1);
        assertThat(refreshTokensOf(deactivated) + refreshTokensOf(anonymized)).isZero();
    }

    @Test
    void aHashWithOutdatedParametersIsReplacedAtLogin() {
        PasswordHasher weaker = new PasswordHasher(256, 1, 1, Optional.empty());
        User user = kit.student(weaker);
        assertThat(user.passwordHash()).startsWith("$argon2id$v=19$m=256,t=1,p=1$");

        logins.login(user.email(), AccountsTestKit.PASSWORD);

        String rehashed = kit.reload(user).passwordHash();
        assertThat(rehashed).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(kit.hasher.verify(AccountsTestKit.PASSWORD, rehashed)).isTrue();
        assertThat(logins.login(user.email(), AccountsTestKit.PASSWORD)).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(kit.reload(user).passwordHash()).as("current parameters: left alone").isEqualTo(rehashed);
    }

    @Test
    void aRehashDoesNotUndoAPasswordChangedMeanwhile() {
        User user = kit.student(new PasswordHasher(256, 1, 1, Optional.empty()));
        String changed = kit.hasher.hash("a-newer-password-2026");
        kit.users.updatePasswordHash(user.id(), changed, kit.clock.instant());

        assertThat(kit.users.replacePasswordHash(user.id(), user.passwordHash(), kit.hasher.hash("stale"),
                kit.clock.instant())).isFalse();
        assertThat(kit.reload(user).passwordHash()).isEqualTo(changed);
    }

    @Test
    void withTwoFactorTheAnswerIsASixtySecondChallengeNotASession() {
        TwoFactorUser twoFactorUser = kit.studentWithTwoFactor();
        User user = twoFactorUser.user();
        failTimes(user.email(), 2);
        Instant now = kit.clock.instant();

        LoginResult result = logins.login(user.email(), AccountsTestKit.PASSWORD);

        assertThat(result).isInstanceOf(LoginResult.TwoFactorRequired.class);
        LoginResult.TwoFactorRequired challenge = (LoginResult.TwoFactorRequired) result;
        assertThat(challenge.expiresIn()).isEqualTo(Duration.ofSeconds(60));
        TwoFactorChallenge stored = kit.challenges.findByHash(OpaqueTokens.sha256(challenge.twoFactorToken()))
                .orElseThrow();
        assertThat(stored.userId()).isEqualTo(user.id());
        assertThat(stored.expiresAt()).isEqualTo(now.plusSeconds(60));
        assertThat(stored.failedAttempts()).isZero();
        assertThat(refreshTokensOf(user)).isZero();
        assertThat(kit.loginFailures.find(LoginLockoutService.keyOf(user.email())).orElseThrow().failureCount())
                .as("the streak ends only with the second factor").isEqualTo(2);
    }

    private void failTimes(String email, int count) {
        for (int i = 0; i < count; i++) {
            loginFails(email, "wrong-password-" + i);
        }
    }

    private UnauthorizedException loginFails(String email, String password) {
        UnauthorizedException failure = catchThrowableOfType(() -> logins.login(email, password),
                UnauthorizedException.class);
        assertThat(failure).as("login of %s refused", email).isNotNull();
        return failure;
    }

    /** The 429 of a locked email, or null when the login was not refused as locked. */
    private RateLimitedException loginLocked(String email, String password) {
        try {
            logins.login(email, password);
            return null;
        } catch (RateLimitedException locked) {
            return locked;
        } catch (DomainException other) {
            return null;
        }
    }

    private int refreshTokensOf(User user) {
        return kit.platform.jdbc.queryOne("SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = ?",
                row -> row.integer("n"), user.id()).orElseThrow();
    }
}
