package com.instainstru.platform.ratelimit;

import com.instainstru.platform.errors.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "At most {@code max} per {@code window}" over events recorded in the database (codes sent, reset requests),
 * for limits that must hold per email address or per address across every function instance and survive a
 * Redis outage. The caller passes the times of the events inside the window; the next one is allowed once
 * enough of them have left it.
 */
public record WindowLimit(int max, Duration window) {

    public WindowLimit {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("max >= 1 and a positive window are required");
        }
    }

    /** Where the caller's query for recent events should start. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** Throws a 429 with {@code Retry-After} when {@code recent} (events since {@link #windowStart}) is full. */
    public void enforce(Collection<Instant> recent, Instant now, String detail) {
        List<Instant> inWindow = recent.stream().filter(at -> at.isAfter(windowStart(now)))
                .sorted(Comparator.naturalOrder()).toList();
        if (inWindow.size() < max) {
            return;
        }
        // The (size - max + 1)-th oldest event has to leave the window before there is room again.
        Instant freesUp = inWindow.get(inWindow.size() - max).plus(window);
        throw new RateLimitedException(detail, retryAfter(now, freesUp));
    }

    /** Whole seconds until {@code until}, rounded up and at least one: never invites a retry that is too early. */
    public static Duration retryAfter(Instant now, Instant until) {
        long millis = Duration.between(now, until).toMillis();
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }
}
