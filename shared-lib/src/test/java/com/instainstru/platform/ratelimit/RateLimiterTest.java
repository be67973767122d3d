package com.instainstru.platform.ratelimit;

import com.instainstru.platform.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.redis.RedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The limiter against the machine's Redis at Redis server time. */
class RateLimiterTest {

    private static final RedisConnection REDIS = RateLimitTesting.localRedis();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final RateLimitTesting testing = new RateLimitTesting(clock);
    private final RateLimiter limiter = testing.limiter(REDIS);
    private final String identity = RateLimitTesting.uniqueIdentity();

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }

    @Test
    void allowsTheBurstThenDeniesWithRetryAfter() {
        String bucket = testBucket(60, 2, false); // T = 1 s, limit 3

        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RateLimitDecision decision = limiter.check(bucket, identity);
            assertThat(decision.allowed()).isTrue();
            remaining.add(decision.remaining());
        }
        RateLimitDecision denied = limiter.check(bucket, identity);

        assertThat(remaining).containsExactly(2L, 1L, 0L);
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.wouldDeny()).isTrue();
        // One interval minus the time the four calls took (generous for a loaded machine).
        assertThat(denied.retryAfter()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(denied.resetAfter()).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(3));
        assertThat(denied.headers()).containsEntry("X-RateLimit-Limit", "3")
                .containsEntry("X-RateLimit-Remaining", "0")
                .containsEntry("X-RateLimit-Reset", "3")
                .containsEntry("X-RateLimit-Policy", bucket)
                .containsEntry("Retry-After", "1");
        assertThat(limiter.check(bucket, RateLimitTesting.uniqueIdentity()).allowed())
                .as("another identity has its own key").isTrue();
    }

    @Test
    void afterTheBurstAdmitsOneRequestPerInterval() throws InterruptedException {
        String bucket = testBucket(600, 0, false); // T = 100 ms, limit 1
        assertThat(limiter.check(bucket, identity).allowed()).isTrue();

        for (int i = 0; i < 5; i++) {
            RateLimitDecision denied = limiter.check(bucket, identity);
            assertThat(denied.allowed()).as("request %d right after an admitted one", i).isFalse();
            assertThat(denied.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(100));

            Thread.sleep(denied.retryAfter().toMillis() + 2);

            assertThat(limiter.check(bucket, identity).allowed()).as("request %d after Retry-After", i).isTrue();
        }
    }

    @Test
    void concurrentCallsOnOneKeyNeverExceedBurstPlusRate() throws Exception {
        String bucket = testBucket(1200, 9, false); // T = 50 ms, limit 10
        int threads = 16;
        int callsPerThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> allowedPerThread = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            allowedPerThread.add(pool.submit(() -> {
                start.await();
                int allowed = 0;
                for (int i = 0; i < callsPerThread; i++) {
                    allowed += limiter.check(bucket, identity).allowed() ? 1 : 0;
                }
                return allowed;
            }));
        }

        long begin = System.nanoTime();
        start.countDown();
        int allowed = 0;
        for (Future<Integer> future : allowedPerThread) {
            allowed += future.get(60, TimeUnit.SECONDS);
        }
        long elapsedMicros = (System.nanoTime() - begin) / 1_000;
        pool.shutdown();

        long bound = 10 + elapsedMicros / 50_000;
        assertThat(allowed).as("allowed in %d ms", elapsedMicros / 1000).isBetween(10, (int) bound + 1);
        assertThat(limiter.failOpenCount()).isZero();
    }

    @Test
    void keysAreNamedByBucketAndIdentity() {
        String conversationKey = "user:01JTESTUSER0000000000000:conv:" + identity;
        limiter.check(RateLimitBuckets.CONV_MSG, conversationKey);

        assertThat(REDIS.commands().exists("rl:conv_msg:" + conversationKey)).isEqualTo(1L);
        assertThatThrownBy(() -> limiter.check("read", "user: spaced")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.check("read", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShadowedBucketNeverBlocksButCountsWouldBeDenials() {
        String bucket = testBucket(60, 2, true);

        List<RateLimitDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            decisions.add(limiter.check(bucket, identity));
        }

        assertThat(decisions).allMatch(RateLimitDecision::allowed);
        assertThat(decisions).extracting(RateLimitDecision::wouldDeny).containsExactly(false, false, false, true,
                true);
        assertThat(limiter.shadowDenials(bucket)).isEqualTo(2);
        assertThat(limiter.shadowDenials("read")).isZero();
        assertThat(decisions.get(4).headers()).containsEntry("X-RateLimit-Shadow", "true")
                .doesNotContainKeys("Retry-After", "X-RateLimit-Remaining");
        limiter.enforce(decisions.get(4));
    }

    @Test
    void financialIsEnforcedEvenWhenConfiguredAsShadow() {
        try {
            testing.config.updateBucket("financial", 5, 0, true, "admin:test");

            RateLimitDecision first = limiter.check("financial", identity);
            RateLimitDecision second = limiter.check("financial", identity);

            assertThat(first.allowed()).isTrue();
            assertThat(second.allowed()).isFalse();
            assertThat(second.shadow()).isFalse();
            assertThat(second.retryAfter()).isBetween(Duration.ofSeconds(11), Duration.ofSeconds(12));
            assertThat(limiter.shadowDenials("financial")).isZero();
            assertThatThrownBy(() -> limiter.enforce(second))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
                    });
        } finally {
            testing.config.resetBucket("financial");
        }
    }

    @Test
    void enforceLetsAllowedDecisionsPass() {
        limiter.enforce(limiter.check("read", identity));
    }

    @Test
    void picksUpAConfigurationChangeWithoutRestartAfterSixtySeconds() {
        String bucket = RateLimitTesting.uniqueBucket("t_rl");
        assertThat(limiter.check(bucket, identity).limit()).as("read defaults").isEqualTo(21);
        RateLimitTesting otherFunction = new RateLimitTesting(Clock.fixed(clock.instant(), ZoneOffset.UTC));

        otherFunction.config.updateBucket(bucket, 60, 1, false, "admin:test");

        assertThat(limiter.check(bucket, identity).limit()).isEqualTo(21);
        clock.advance(Duration.ofSeconds(60));
        RateLimitDecision afterReload = limiter.check(bucket, identity);
        assertThat(afterReload.limit()).isEqualTo(2);
        // The key's TAT carries over: two requests at 0.5 s plus one at 1 s fill the new tolerance of 2 s.
        assertThat(afterReload.allowed()).isTrue();
        assertThat(limiter.check(bucket, identity).allowed()).isFalse();
    }

    private String testBucket(int ratePerMinute, int burst, boolean shadow) {
        String name = RateLimitTesting.uniqueBucket("t_rl");
        testing.config.updateBucket(name, ratePerMinute, burst, shadow, "test");
        return name;
    }
}
