package com.instainstru.platform.cache;

import com.instainstru.platform.redis.RedisConnection;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Redis behind a circuit breaker: when at least half of the last 10 calls failed (judged from the 5th call
 * on), calls are refused for 30 s; then 3 trial calls decide whether to close it again or stay open.
 *
 * <p>The open period is measured with the injected {@link Clock} (resilience4j's {@code clock} setting),
 * and the breaker leaves the open state lazily on the first call after it, never from a timer thread:
 * nothing keeps running between Lambda invocations.
 */
final class GuardedRedis {

    static final int SLIDING_WINDOW_CALLS = 10;
    static final int MINIMUM_CALLS = 5;
    static final float FAILURE_RATE_PERCENT = 50;
    static final Duration OPEN_FOR = Duration.ofSeconds(30);
    static final int HALF_OPEN_TRIAL_CALLS = 3;

    private static final Logger LOG = Logger.getLogger(GuardedRedis.class);

    private final RedisConnection connection;
    private final CircuitBreaker breaker;

    GuardedRedis(RedisConnection connection, Clock clock) {
        this.connection = connection;
        this.breaker = CircuitBreaker.of("redis-cache", config(clock));
        breaker.getEventPublisher().onStateTransition(event -> LOG.warnf("Redis cache circuit breaker %s -> %s",
                event.getStateTransition().getFromState(), event.getStateTransition().getToState()));
    }

    static CircuitBreakerConfig config(Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(SLIDING_WINDOW_CALLS)
                .minimumNumberOfCalls(MINIMUM_CALLS)
                .failureRateThreshold(FAILURE_RATE_PERCENT)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_TRIAL_CALLS)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordExceptions(RedisException.class)
                .clock(clock)
                .currentTimestampFunction(Clock::millis, TimeUnit.MILLISECONDS)
                .build();
    }

    /**
     * Runs one logical operation (possibly several commands) as one breaker call.
     *
     * @throws CallNotPermittedException while the breaker is open
     * @throws RedisException            when Redis fails or cannot be reached
     */
    <T> T call(Function<RedisCommands<String, String>, T> operation) {
        return breaker.executeSupplier(() -> operation.apply(connection.commands()));
    }

    /**
     * Like {@link #call}, but still tries once, unrecorded, while the breaker is open: for invalidations,
     * since one skipped now would leave a stale entry to be read again once the breaker closes.
     */
    <T> T callEvenIfOpen(Function<RedisCommands<String, String>, T> operation) {
        try {
            return call(operation);
        } catch (CallNotPermittedException open) {
            return operation.apply(connection.commands());
        }
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }
}
