package com.instainstru.payments.protection;

import com.instainstru.platform.errors.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One action at a time per subject (a booking, an instructor's onboarding). A second action while the first runs is
 * refused with 429 OPERATION_IN_PROGRESS, never queued: the client retries after {@code Retry-After}. The lease
 * expires after {@link #TTL} should its holder die.
 */
@ApplicationScoped
public class OperationLock {

    public static final Duration TTL = Duration.ofSeconds(30);
    public static final String OPERATION_IN_PROGRESS = "OPERATION_IN_PROGRESS";

    private final RedisMutex mutex;

    public OperationLock(RedisMutex mutex) {
        this.mutex = mutex;
    }

    /** Runs {@code action} holding {@code key}, and releases it afterwards whatever happened. */
    public <T> T run(String key, Supplier<T> action) {
        try (RedisMutex.Lease lease = acquire(key)) {
            return action.get();
        }
    }

    /** The lease on {@code key}, to be closed by the caller (try-with-resources). */
    public RedisMutex.Lease acquire(String key) {
        return mutex.tryAcquire(key, TTL).orElseThrow(() -> new RateLimitedException(OPERATION_IN_PROGRESS,
                "Operation in progress", retryAfter(mutex.remaining(key))));
    }

    // Retry-After is whole seconds, at least one
    private static Duration retryAfter(Duration remaining) {
        return Duration.ofSeconds(Math.max(1, (remaining.toMillis() + 999) / 1000));
    }
}
