package com.instainstru.accounts.lockout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.instainstru.accounts.AccountsTestKit;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lockout against the real login_failures table, driven through time with a MutableClock. */
class LoginLockoutServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final TestPlatform platform = new TestPlatform(clock);
    private final LoginFailureRepository failures = new LoginFailureRepository(platform.jdbc);
    private final LoginLockoutService lockout = new LoginLockoutService(failures, platform.tx, clock);
    private final String key = "lockout-" + UUID.randomUUID() + "@example.test";

    @ParameterizedTest(name = "failure {0} locks for {1}")
    @CsvSource({"1, ", "4, ", "5, PT30S", "9, PT30S", "10, PT5M", "14, PT5M", "15, PT30M", "19, PT30M", "20, PT1H",
            "21, PT1H", "100, PT1H"})
    void thresholdsOfThePolicy(int failure, Duration lock) {
        assertThat(LockoutPolicy.lockAfter(failure)).isEqualTo(Optional.ofNullable(lock));
    }

    @Test
    void walksThroughEveryThresholdWithTheLockTheReferenceGives() {
        for (int failure = 1; failure <= 21; failure++) {
            assertThatCode(() -> lockout.requireUnlocked(key)).as("before failure %d", failure)
                    .doesNotThrowAnyException();

            lockout.recordFailure(key);

            assertThat(failures.find(key).orElseThrow().failureCount()).isEqualTo(failure);
            Duration lock = AccountsTestKit.referenceLockAfter(failure);
            if (lock == null) {
                assertThatCode(() -> lockout.requireUnlocked(key)).as("after failure %d", failure)
                        .doesNotThrowAnyException();
                clock.advance(Duration.ofSeconds(1));
                continue;
            }
            assertThat(lockedFor()).as("after failure %d", failure).isEqualTo(lock);
            clock.advance(lock.minusSeconds(1));
            assertThat(lockedFor()).as("last second of lock %d", failure).isEqualTo(Duration.ofSeconds(1));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void lockedAnswerIs429WithTheRemainingTimeRoundedUp() {
        failTimes(5);
        clock.advance(Duration.ofMillis(29_500));

        RateLimitedException locked = catchThrowableOfType(() -> lockout.requireUnlocked(key),
                RateLimitedException.class);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("ACCOUNT_LOCKED_TEMPORARILY");
        assertThat(locked.retryAfter()).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(500));
        assertThatCode(() -> lockout.requireUnlocked(key)).doesNotThrowAnyException();
    }

    @Test
    void aStreakExpiresAfterAnHourWithoutFailures() {
        failTimes(4);
        clock.advance(Duration.ofHours(1));

        lockout.recordFailure(key);

        assertThat(failures.find(key).orElseThrow().failureCount()).isEqualTo(1);
        assertThatCode(() -> lockout.requireUnlocked(key)).doesNotThrowAnyException();
    }

    @Test
    void aStreakStillCountsOneSecondBeforeTheHour() {
        failTimes(4);
        clock.advance(Duration.ofHours(1).minusSeconds(1));

        lockout.recordFailure(key);

        assertThat(failures.find(key).orElseThrow().failureCount()).isEqualTo(5);
        assertThat(lockedFor()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theHourOfQuietCountsFromTheEndOfTheLock() {
        failTimes(20);
        assertThat(lockedFor()).isEqualTo(Duration.ofHours(1));

        clock.advance(Duration.ofHours(1));
        lockout.recordFailure(key); // right after the lock: the streak goes on

        assertThat(failures.find(key).orElseThrow().failureCount()).isEqualTo(21);
        assertThat(lockedFor()).isEqualTo(Duration.ofHours(1));

        clock.advance(Duration.ofHours(2)); // the lock, then a quiet hour
        lockout.recordFailure(key);

        assertThat(failures.find(key).orElseThrow().failureCount()).isEqualTo(1);
        assertThatCode(() -> lockout.requireUnlocked(key)).doesNotThrowAnyException();
    }

    @Test
    void aFailureCountedDuringALockExtendsIt() {
        failTimes(10);
        clock.advance(Duration.ofMinutes(2));

        lockout.recordFailure(key);

        assertThat(lockedFor()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void resetForgetsTheStreak() {
        failTimes(4);

        lockout.reset(key);
        lockout.recordFailure(key);

        assertThat(failures.find(key).orElseThrow().failureCount()).isEqualTo(1);
    }

    @Test
    void theKeyIsTheTrimmedLowerCaseEmail() {
        assertThat(LoginLockoutService.keyOf("  Jane.Doe@Example.COM\t")).isEqualTo("jane.doe@example.com");
    }

    /** Each failure one second after the previous one, ignoring locks (as the second-factor paths may). */
    private void failTimes(int count) {
        for (int i = 0; i < count; i++) {
            lockout.recordFailure(key);
            if (i < count - 1) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
    }

    private Duration lockedFor() {
        RateLimitedException locked = catchThrowableOfType(() -> lockout.requireUnlocked(key),
                RateLimitedException.class);
        assertThat(locked).as("locked").isNotNull();
        return locked.retryAfter().orElseThrow();
    }
}
