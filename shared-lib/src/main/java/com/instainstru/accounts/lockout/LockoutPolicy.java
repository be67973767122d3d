package com.instainstru.accounts.lockout;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The numbers of the progressive lockout (reference §2): from the 5th consecutive failure on, every failure
 * locks the email for the duration of the highest threshold reached: 5 -> 30 s, 10 -> 5 min, 15 -> 30 min,
 * 20 and more -> 1 h. Failures 1 to 4 never lock.
 *
 * <p>A streak expires after {@link #STREAK_EXPIRY} of quiet: one hour after its last failure or, when that
 * failure locked the email, one hour after the lock ended. The next failure then starts a new streak at 1.
 * Counting the hour from the end of the lock means that sitting out a lock never wipes the streak: after a
 * 1 h lock the next wrong password locks for another hour, and only a full quiet hour resets it.
 */
final class LockoutPolicy {

    static final Duration STREAK_EXPIRY = Duration.ofHours(1);

    private static final NavigableMap<Integer, Duration> LOCK_FROM = new TreeMap<>(Map.of(
            5, Duration.ofSeconds(30),
            10, Duration.ofMinutes(5),
            15, Duration.ofMinutes(30),
            20, Duration.ofHours(1)));

    private LockoutPolicy() {
    }

    /** How long the {@code failures}-th consecutive failure locks the email, if at all. */
    static Optional<Duration> lockAfter(int failures) {
        return Optional.ofNullable(LOCK_FROM.floorEntry(failures)).map(Map.Entry::getValue);
    }

    static boolean streakExpired(LoginFailure streak, Instant now) {
        return !now.isBefore(streak.quietSince().plus(STREAK_EXPIRY));
    }
}
