package com.instainstru.platform.cache;

import com.instainstru.platform.testing.MutableClock;
import com.instainstru.platform.testing.PrivateRedis;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.redis.RedisConnection;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A private redis-server that the test kills and restarts; the breaker's open period runs on a test clock. */
class CacheCircuitBreakerTest {

    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(20);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-08T12:00:00Z"));
    private final TestPlatform platform = new TestPlatform(clock);
    private final CacheFamily family = CacheFamilies.INSTRUCTOR_PROFILE;
    private final AtomicInteger loads = new AtomicInteger();
    private PrivateRedis server;
    private RedisConnection connection;
    private Cache cache;

    @BeforeEach
    void startRedis() {
        server = PrivateRedis.start();
        connection = new RedisConnection(server.url(), Duration.ofMillis(250));
        cache = new Cache(connection, platform.json, platform.tx, clock);
    }

    @AfterEach
    void stopRedis() {
        if (connection != null) {
            connection.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRedisOutageOpensTheBreakerAndReadsGoToTheLoaderUntilRedisIsBack() {
        assertThat(read()).isEqualTo("profile");
        assertThat(read()).isEqualTo("profile");
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(1, 1, 0, 0));

        server.kill();
        for (int i = 0; i < 8; i++) {
            assertThat(read()).as("still answered by the loader").isEqualTo("profile");
        }

        // The window then holds the 3 successful calls (lookup, store, lookup) and the failures; 3 of 6 is
        // the 50 % threshold, so the 4th read onwards does not even try Redis.
        assertThat(cache.breakerState()).isEqualTo(State.OPEN);
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(1, 1, 3, 5));
        assertThat(loads).hasValue(1 + 8);

        server.restart();
        awaitReconnected();
        assertThat(read()).as("still cooling down").isEqualTo("profile");
        assertThat(cache.stats(family).bypasses()).isEqualTo(6);

        clock.advance(GuardedRedis.OPEN_FOR.plusSeconds(1));
        read(); // half-open trial calls 1 and 2: lookup (the restarted Redis is empty) and store
        assertThat(cache.breakerState()).isEqualTo(State.HALF_OPEN);
        read(); // trial call 3, a hit: no failures among the trials, so the breaker closes

        assertThat(cache.breakerState()).isEqualTo(State.CLOSED);
        assertThat(read()).isEqualTo("profile");
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(3, 2, 3, 6));
    }

    @Test
    void aFailedTrialReopensTheBreakerForAnotherCoolingPeriod() {
        openTheBreaker();

        clock.advance(GuardedRedis.OPEN_FOR.plusSeconds(1));
        for (int i = 0; i < GuardedRedis.HALF_OPEN_TRIAL_CALLS; i++) {
            assertThat(read()).isEqualTo("profile");
        }

        assertThat(cache.breakerState()).isEqualTo(State.OPEN);
        CacheStats afterTrials = cache.stats(family);
        assertThat(afterTrials.errors()).isEqualTo(GuardedRedis.MINIMUM_CALLS + GuardedRedis.HALF_OPEN_TRIAL_CALLS);
        clock.advance(GuardedRedis.OPEN_FOR.minusSeconds(1));
        read();
        assertThat(cache.stats(family).errors()).as("not tried again within the new period")
                .isEqualTo(afterTrials.errors());
        assertThat(cache.stats(family).bypasses()).isEqualTo(afterTrials.bypasses() + 1);
    }

    @Test
    void anInvalidationIsStillAttemptedWhileTheBreakerIsOpen() {
        openTheBreaker();
        server.restart();
        awaitReconnected();
        // An entry that outlived the outage, e.g. on a replica that took over.
        String entry = family.entryKey("0", "01J0000000000000000000000A");
        connection.commands().set(entry, "\"stale\"");

        cache.invalidate(family, "01J0000000000000000000000A");

        assertThat(cache.breakerState()).isEqualTo(State.OPEN);
        assertThat(connection.commands().exists(entry)).isZero();
    }

    private void openTheBreaker() {
        server.kill();
        for (int i = 0; i < GuardedRedis.MINIMUM_CALLS; i++) {
            read();
        }
        assertThat(cache.breakerState()).isEqualTo(State.OPEN);
        assertThat(cache.stats(family).errors()).isEqualTo(GuardedRedis.MINIMUM_CALLS);
    }

    private String read() {
        return cache.getOrLoad(family, "01J0000000000000000000000A", String.class, () -> {
            loads.incrementAndGet();
            return "profile";
        });
    }

    /** Lettuce reconnects by itself, with a backoff; wait for it outside the cache. */
    private void awaitReconnected() {
        long deadline = System.nanoTime() + RECONNECT_WAIT.toNanos();
        while (true) {
            try {
                connection.commands().ping();
                return;
            } catch (RedisException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                PrivateRedis.sleep(50);
            }
        }
    }
}
