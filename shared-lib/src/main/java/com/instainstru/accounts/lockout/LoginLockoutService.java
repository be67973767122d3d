package com.instainstru.accounts.lockout;

import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Progressive lockout of sign-in attempts per normalized email (see {@link LockoutPolicy} for the numbers
 * and when a streak expires). The key is the typed email, trimmed and lower-cased, whether or not an
 * account has it, so an unknown email locks exactly like a known one and the answer reveals nothing.
 *
 * <p>Every failed proof of identity of an account counts: wrong passwords at login and wrong second factors
 * at login, when disabling 2FA or regenerating backup codes. Only a completed sign-in resets the streak.
 */
@ApplicationScoped
public class LoginLockoutService {

    public static final String LOCKED_CODE = "ACCOUNT_LOCKED_TEMPORARILY";

    private static final Logger LOG = Logger.getLogger(LoginLockoutService.class);

    private final LoginFailureRepository failures;
    private final Transactions tx;
    private final Clock clock;

    public LoginLockoutService(LoginFailureRepository failures, Transactions tx, Clock clock) {
        this.failures = failures;
        this.tx = tx;
        this.clock = clock;
    }

    /** The lockout key of an email as typed: trimmed and lower-cased. */
    public static String keyOf(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** 429 {@value #LOCKED_CODE} with {@code Retry-After} = the rest of the lock (whole seconds, rounded up). */
    public void requireUnlocked(String emailKey) {
        Instant now = clock.instant();
        failures.find(emailKey).filter(streak -> streak.lockedAt(now)).ifPresent(streak -> {
            throw locked(Duration.between(now, streak.lockedUntil()));
        });
    }

    /** Counts one failure (joining the caller's transaction, if any) and locks when a threshold is reached. */
    public void recordFailure(String emailKey) {
        tx.run(() -> {
            Instant now = clock.instant();
            LoginFailure streak = failures.findOrCreateForUpdate(emailKey, now);
            int count = LockoutPolicy.streakExpired(streak, now) ? 1 : streak.failureCount() + 1;
            // A failure counted during a lock (a second factor checked meanwhile) can only extend it: the
            // streak cannot expire during a lock and the durations grow with the count.
            Instant lockedUntil = LockoutPolicy.lockAfter(count).map(now::plus).orElse(null);
            failures.update(new LoginFailure(emailKey, count, now, lockedUntil));
            if (lockedUntil != null) {
                LOG.infof("sign-in locked until %s after %d consecutive failures", lockedUntil, count);
            }
        });
    }

    /** Forgets the streak after a completed sign-in. */
    public void reset(String emailKey) {
        failures.delete(emailKey);
    }

    private static RateLimitedException locked(Duration remaining) {
        long seconds = remaining.getSeconds() + (remaining.getNano() > 0 ? 1 : 0);
        return new RateLimitedException(LOCKED_CODE,
                "Too many failed sign-in attempts; try again in " + seconds + " seconds", Duration.ofSeconds(seconds));
    }
}
