package com.instainstru.platform.ratelimit;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one {@link RateLimiter#check}. {@code allowed} is what the caller must do; {@code wouldDeny}
 * is the GCRA verdict, which a shadowed bucket records but does not act on. {@code failedOpen} means Redis
 * could not be asked and the request was let through unmetered ({@code remaining}, {@code resetAfter} and
 * {@code retryAfter} then carry no information).
 *
 * <p>Response headers ({@link #headers()}), in the original's {@code X-RateLimit-*} style:
 * <ul>
 * <li>enforced bucket: {@code X-RateLimit-Limit} (burst + 1), {@code X-RateLimit-Remaining},
 *     {@code X-RateLimit-Reset} (whole seconds until the bucket is full again, a delta rather than an epoch so
 *     clients need no clock sync), {@code X-RateLimit-Policy} (the bucket name) and, when denied,
 *     {@code Retry-After} (whole seconds, rounded up, at least 1);</li>
 * <li>shadowed bucket: {@code X-RateLimit-Limit}, {@code X-RateLimit-Policy} and {@code X-RateLimit-Shadow: true}
 *     only, so a response that was let through never claims zero remaining or asks the client to wait;</li>
 * <li>failed open: no headers (nothing was measured).</li>
 * </ul>
 */
public record RateLimitDecision(String bucket, boolean allowed, boolean wouldDeny, boolean shadow, int limit,
        long remaining, Duration resetAfter, Duration retryAfter, boolean failedOpen) {

    public static final String LIMIT = "X-RateLimit-Limit";
    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String RESET = "X-RateLimit-Reset";
    public static final String POLICY = "X-RateLimit-Policy";
    public static final String SHADOW = "X-RateLimit-Shadow";
    public static final String RETRY_AFTER = "Retry-After";

    static RateLimitDecision evaluated(Bucket bucket, GcraScript.GcraResult result) {
        boolean wouldDeny = !result.allowed();
        return new RateLimitDecision(bucket.name(), !wouldDeny || bucket.shadow(), wouldDeny, bucket.shadow(),
                bucket.limit(), result.remaining(), micros(result.resetAfterMicros()),
                micros(result.retryAfterMicros()), false);
    }

    static RateLimitDecision failedOpen(Bucket bucket) {
        return new RateLimitDecision(bucket.name(), true, false, bucket.shadow(), bucket.limit(), bucket.limit(),
                Duration.ZERO, Duration.ZERO, true);
    }

    /** The headers to put on the response, whatever its status. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (failedOpen) {
            return Map.of();
        }
        headers.put(LIMIT, String.valueOf(limit));
        if (shadow) {
            headers.put(POLICY, bucket);
            headers.put(SHADOW, "true");
            return Collections.unmodifiableMap(headers);
        }
        headers.put(REMAINING, String.valueOf(remaining));
        headers.put(RESET, String.valueOf(ceilSeconds(resetAfter)));
        headers.put(POLICY, bucket);
        if (!allowed) {
            headers.put(RETRY_AFTER, String.valueOf(retryAfterSeconds()));
        }
        return Collections.unmodifiableMap(headers);
    }

    /** {@link #retryAfter} rounded up to whole seconds, at least 1: waiting that long is always enough. */
    public long retryAfterSeconds() {
        return Math.max(1, ceilSeconds(retryAfter));
    }

    private static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(Math.multiplyExact(micros, 1_000L));
    }
}
