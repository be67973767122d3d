package com.instainstru.bench.payments;

import com.instainstru.payments.stripe.StripeRequestPacer;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.ratelimit.RateLimitConfigRepository;
import com.instainstru.platform.ratelimit.RateLimitConfigService;
import com.instainstru.platform.ratelimit.RateLimiter;
import com.instainstru.platform.redis.RedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The production outbound limiter, {@link StripeRequestPacer} (the GCRA bucket {@code stripe_outbound} in Redis),
 * set to the scenario's rate with no burst through the same runtime override operators use. A rate of 0 means no
 * limiter. Redis from {@code REDIS_URL} (default 127.0.0.1:6379).
 */
final class OutboundBudget implements AutoCloseable {

    private final Optional<StripeRequestPacer> pacer;
    private final Optional<RedisConnection> redis;

    private OutboundBudget(Optional<StripeRequestPacer> pacer, Optional<RedisConnection> redis) {
        this.pacer = pacer;
        this.redis = redis;
    }

    static OutboundBudget of(double ratePerSecond, DataSource dataSource, Clock clock) {
        if (ratePerSecond <= 0) {
            return new OutboundBudget(Optional.empty(), Optional.empty());
        }
        ConnectionHolder holder = new ConnectionHolder();
        RateLimitConfigService config = new RateLimitConfigService(
                new RateLimitConfigRepository(new Jdbc(dataSource, holder)), new JdbcTransactions(dataSource, holder),
                clock);
        config.updateBucket(RateLimitBuckets.STRIPE_OUTBOUND, (int) Math.round(ratePerSecond * 60), 0, false,
                "payments-bench");
        String url = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        RedisConnection redis = new RedisConnection(url, Duration.ofMillis(250));
        redis.commands().del("rl:" + RateLimitBuckets.STRIPE_OUTBOUND + ":platform");
        return new OutboundBudget(Optional.of(new StripeRequestPacer(new RateLimiter(redis, config, clock),
                Duration.ofSeconds(30))), Optional.of(redis));
    }

    /** Waits for this request's turn; returns the nanoseconds waited. */
    long acquire() {
        if (pacer.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        pacer.get().awaitTurn();
        return System.nanoTime() - start;
    }

    @Override
    public void close() {
        redis.ifPresent(RedisConnection::close);
    }
}
