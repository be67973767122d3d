package com.instainstru.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.ratelimit.GcraScript.GcraResult;
import com.instainstru.platform.redis.RedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The script's arithmetic at fixed instants (the test-only "now" argument) against hand-computed sequences and
 * against the Java model {@link GcraMath}. Emission intervals are seconds long so that the keys' TTL, which
 * Redis counts in real time, cannot run out during a test.
 */
class GcraScriptTest {

    private static final long SECOND = 1_000_000L;
    /** Some instant in 2026, in microseconds. */
    private static final long T0 = 1_795_000_000L * SECOND;

    private static final RedisConnection REDIS = RateLimitTesting.localRedis();

    private final RedisCommands<String, String> redis = REDIS.commands();
    private final GcraScript script = new GcraScript();
    private final String key = RateLimiter.key("test", RateLimitTesting.uniqueIdentity());

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }

    @Test
    void burstThenDenialsThenSteadyRate() {
        // 6/min: T = 10 s; burst 2: tolerance = 3 T = 30 s, limit 3.
        Bucket bucket = new Bucket("test", 6, 2, false);

        assertThat(at(bucket, 0)).isEqualTo(allowed(2, 10));
        assertThat(at(bucket, 0)).isEqualTo(allowed(1, 20));
        assertThat(at(bucket, 0)).isEqualTo(allowed(0, 30));
        assertThat(at(bucket, 0)).as("4th at once").isEqualTo(denied(10, 30));
        assertThat(at(bucket, 5)).as("denials do not move the TAT").isEqualTo(denied(5, 25));
        assertThat(at(bucket, 10)).as("one interval later").isEqualTo(allowed(0, 30));
        assertThat(at(bucket, 19.999999)).isEqualTo(deniedMicros(1, 20_000_001));
        assertThat(at(bucket, 20)).isEqualTo(allowed(0, 30));
        assertThat(at(bucket, 45)).as("15 s idle earn one request back").isEqualTo(allowed(1, 15));
        assertThat(at(bucket, 200)).as("idle past the TAT: full again").isEqualTo(allowed(2, 10));
    }

    @Test
    void burstZeroAllowsOneRequestPerInterval() {
        // financial: 5/min, burst 0: T = tolerance = 12 s, limit 1.
        Bucket bucket = new Bucket("financial", 5, 0, false);

        assertThat(at(bucket, 0)).isEqualTo(allowed(0, 12));
        assertThat(at(bucket, 0)).isEqualTo(denied(12, 12));
        assertThat(at(bucket, 11)).isEqualTo(denied(1, 1));
        assertThat(at(bucket, 12)).isEqualTo(allowed(0, 12));
    }

    @Test
    void storesTheTatWithATtlOfTheTimeUntilTheBucketIsFull() {
        Bucket bucket = new Bucket("test", 6, 2, false);
        at(bucket, 0);
        at(bucket, 0);

        assertThat(Long.parseLong(redis.get(key))).isEqualTo(T0 + 20 * SECOND);
        assertThat(redis.pttl(key)).isBetween(19_000L, 20_000L);
    }

    @Test
    void agreesWithTheJavaModelOnRandomArrivals() {
        Random random = new Random(20261128);
        for (Bucket bucket : new Bucket[] {new Bucket("test", 6, 3, false), new Bucket("test", 7, 0, false),
                new Bucket("test", 1, 5, false)}) {
            String sequenceKey = RateLimiter.key("test", RateLimitTesting.uniqueIdentity());
            GcraMath model = new GcraMath(bucket);
            long interval = bucket.emissionIntervalMicros();
            long now = T0;
            for (int i = 0; i < 300; i++) {
                // Mostly faster than the rate, sometimes idle for a while.
                now += random.nextInt(10) == 0 ? random.nextLong(5 * interval) : random.nextLong(interval / 2);
                GcraResult expected = model.step(now);
                assertThat(script.evaluateAt(redis, sequenceKey, bucket, now))
                        .as("%s step %d at +%d us", bucket, i, now - T0)
                        .isEqualTo(expected);
            }
        }
    }

    private GcraResult at(Bucket bucket, double secondsAfterT0) {
        return script.evaluateAt(redis, key, bucket, T0 + Math.round(secondsAfterT0 * SECOND));
    }

    private static GcraResult allowed(long remaining, long resetAfterSeconds) {
        return new GcraResult(true, remaining, 0, resetAfterSeconds * SECOND);
    }

    private static GcraResult denied(long retryAfterSeconds, long resetAfterSeconds) {
        return deniedMicros(retryAfterSeconds * SECOND, resetAfterSeconds * SECOND);
    }

    private static GcraResult deniedMicros(long retryAfterMicros, long resetAfterMicros) {
        return new GcraResult(false, 0, retryAfterMicros, resetAfterMicros);
    }
}
