package com.instainstru.platform.ratelimit;

import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.redis.RedisConnection;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Wiring for rate-limit tests over the run's database and the machine's Redis. Redis is shared by every
 * run, so tests use fresh identities and bucket names; keys expire by themselves.
 */
final class RateLimitTesting {

    static final String LOCAL_REDIS = "redis://127.0.0.1:6379";

    private static final SecureRandom RANDOM = new SecureRandom();

    final TestPlatform platform;
    final RateLimitConfigRepository repository;
    final RateLimitConfigService config;

    RateLimitTesting(Clock clock) {
        this.platform = new TestPlatform(clock);
        this.repository = new RateLimitConfigRepository(platform.jdbc);
        this.config = new RateLimitConfigService(repository, platform.tx, clock);
    }

    RateLimiter limiter(RedisConnection redis) {
        return new RateLimiter(redis, config, platform.clock);
    }

    static RedisConnection localRedis() {
        return new RedisConnection(LOCAL_REDIS, Duration.ofMillis(250));
    }

    /** A bucket name no other test or run uses. */
    static String uniqueBucket(String prefix) {
        return prefix + "_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    static String uniqueIdentity() {
        return "user:test" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }
}
