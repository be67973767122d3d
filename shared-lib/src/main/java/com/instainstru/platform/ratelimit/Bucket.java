package com.instainstru.platform.ratelimit;

import java.util.regex.Pattern;

/**
 * A GCRA rate-limit policy: a steady {@code ratePerMinute} plus {@code burst} extra requests that may arrive
 * at once, so a fresh client gets {@code burst + 1} requests immediately and then one per emission interval.
 * A shadowed bucket is evaluated and counted but never blocks.
 */
public record Bucket(String name, int ratePerMinute, int burst, boolean shadow) {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    static final int MAX_RATE_PER_MINUTE = 1_000_000;
    static final int MAX_BURST = 100_000;

    private static final long MICROS_PER_MINUTE = 60_000_000L;

    public Bucket {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bucket name must match " + NAME + ": " + name);
        }
        if (ratePerMinute <= 0 || ratePerMinute > MAX_RATE_PER_MINUTE) {
            throw new IllegalArgumentException("ratePerMinute must be 1.." + MAX_RATE_PER_MINUTE + ": " + ratePerMinute);
        }
        if (burst < 0 || burst > MAX_BURST) {
            throw new IllegalArgumentException("burst must be 0.." + MAX_BURST + ": " + burst);
        }
    }

    /** The {@code X-RateLimit-Limit} value: requests a fresh client may make at once. */
    public int limit() {
        return burst + 1;
    }

    Bucket withName(String otherName) {
        return new Bucket(otherName, ratePerMinute, burst, shadow);
    }

    Bucket withShadow(boolean shadowed) {
        return new Bucket(name, ratePerMinute, burst, shadowed);
    }

    /** T = 60 s / rate, rounded up to whole microseconds so rounding never lets the rate be exceeded. */
    long emissionIntervalMicros() {
        return (MICROS_PER_MINUTE + ratePerMinute - 1) / ratePerMinute;
    }
}
