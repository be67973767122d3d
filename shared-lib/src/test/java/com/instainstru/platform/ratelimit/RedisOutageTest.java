package com.instainstru.platform.ratelimit;

import com.instainstru.platform.testing.MutableClock;
import com.instainstru.platform.testing.PrivateRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.redis.RedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A private redis-server that the test kills and restarts. */
class RedisOutageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final RateLimitTesting testing = new RateLimitTesting(clock);
    private final String identity = RateLimitTesting.uniqueIdentity();

    @Test
    void failsOpenExceptForFinancialAndRecoversWhenRedisReturns() throws Exception {
        try (PrivateRedis server = PrivateRedis.start()) {
            RedisConnection redis = new RedisConnection(server.url(), Duration.ofMillis(250));
            try {
                RateLimiter limiter = testing.limiter(redis);
                assertThat(limiter.check("read", identity).failedOpen()).isFalse();

                server.kill();

                RateLimitDecision read = limiter.check("read", identity);
                assertThat(read.allowed()).isTrue();
                assertThat(read.failedOpen()).isTrue();
                assertThat(read.headers()).isEmpty();
                assertThat(limiter.check("write", identity).allowed()).isTrue();
                assertThat(limiter.failOpenCount()).isEqualTo(2);
                assertThatThrownBy(() -> limiter.check("financial", identity))
                        .isInstanceOfSatisfying(DependencyUnavailableException.class, e -> {
                            assertThat(e.status()).isEqualTo(503);
                            assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                            assertThat(e.getMessage()).contains("Redis");
                        });
                assertThat(limiter.failOpenCount()).as("financial never fails open").isEqualTo(2);

                server.restart();

                RateLimitDecision financial = awaitRedis(limiter);
                assertThat(financial.allowed()).isTrue();
                assertThat(financial.failedOpen()).isFalse();
                assertThat(limiter.check("financial", identity).allowed()).as("limiting works again").isFalse();
                assertThat(limiter.failOpenCount()).isEqualTo(2);
            } finally {
                redis.close();
            }
        }
    }

    @Test
    void reloadsTheScriptWhenTheServerForgotIt() throws Exception {
        try (PrivateRedis server = PrivateRedis.start()) {
            RedisConnection redis = new RedisConnection(server.url(), Duration.ofMillis(250));
            try {
                RateLimiter limiter = testing.limiter(redis);
                String sha = redis.commands().digest(GcraScript.SOURCE);
                assertThat(redis.commands().scriptExists(sha)).containsExactly(false);

                limiter.check("read", identity);
                assertThat(redis.commands().scriptExists(sha)).as("loaded by the EVAL fallback").containsExactly(true);
                redis.commands().scriptFlush();
                RateLimitDecision afterFlush = limiter.check("read", identity);

                assertThat(afterFlush.failedOpen()).isFalse();
                assertThat(afterFlush.remaining()).isEqualTo(19);
                assertThat(redis.commands().scriptExists(sha)).containsExactly(true);
            } finally {
                redis.close();
            }
        }
    }

    @Test
    void warnsAboutFailingOpenAtMostOncePerMinute() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(RateLimiter.class.getName());
        log.addHandler(capture);
        RedisConnection nowhere = new RedisConnection("redis://127.0.0.1:" + PrivateRedis.freePort(),
                Duration.ofMillis(250));
        try {
            RateLimiter limiter = testing.limiter(nowhere);

            for (int i = 0; i < 5; i++) {
                assertThat(limiter.check("read", identity).failedOpen()).isTrue();
            }
            clock.advance(Duration.ofSeconds(59));
            limiter.check("read", identity);
            assertThat(warnings).hasSize(1);
            clock.advance(Duration.ofSeconds(1));
            limiter.check("read", identity);

            assertThat(warnings).hasSize(2);
            assertThat(limiter.failOpenCount()).isEqualTo(7);
        } finally {
            log.removeHandler(capture);
            nowhere.close();
        }
    }

    /** Lettuce reconnects by itself, with a backoff; the financial bucket reports when it is back. */
    private RateLimitDecision awaitRedis(RateLimiter limiter) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return limiter.check("financial", identity);
            } catch (DependencyUnavailableException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw stillDown;
                }
                Thread.sleep(100);
            }
        }
    }
}
