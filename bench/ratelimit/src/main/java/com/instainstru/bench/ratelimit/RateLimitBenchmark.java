package com.instainstru.bench.ratelimit;

import com.instainstru.platform.ratelimit.Bucket;
import com.instainstru.platform.ratelimit.RateLimitConfigRepository;
import com.instainstru.platform.ratelimit.RateLimitConfigService;
import com.instainstru.platform.ratelimit.RateLimitDecision;
import com.instainstru.platform.ratelimit.RateLimiter;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.tx.Transactions;
import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One rate-limit decision against the local Redis: our {@link RateLimiter#check} (GCRA, one EVALSHA) vs
 * Bucket4j's Lettuce proxy manager (token bucket, compare-and-swap: GET then a CAS script). Same policy on
 * both sides: the {@code read} bucket, 120/min with 21 at once (GCRA burst 20 = token capacity 21).
 *
 * <p>{@code identities = 1}: one hot key, denied after the first 21 requests (the abusive client);
 * {@code identities = 10000}: requests spread over many keys, almost all admitted (normal traffic).
 * Our configuration comes from the code defaults here; in a function the database is read once a minute.
 */
@State(Scope.Benchmark)
public class RateLimitBenchmark {

    private static final String REDIS_URL = System.getProperty("redis.url", "redis://127.0.0.1:6379");

    @Param({"1", "10000"})
    public int identities;

    private RedisConnection ourConnection;
    private RateLimiter limiter;
    private RedisClient bucket4jClient;
    private StatefulRedisConnection<String, byte[]> bucket4jConnection;
    private ProxyManager<String> bucket4j;
    private Supplier<BucketConfiguration> bucket4jConfig;
    private String[] ourIdentities;
    private String[] bucket4jKeys;

    @Setup(Level.Trial)
    public void connect() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ourIdentities = new String[identities];
        bucket4jKeys = new String[identities];
        for (int i = 0; i < identities; i++) {
            ourIdentities[i] = "ip:bench-" + run + "-" + i;
            bucket4jKeys[i] = "b4j:read:ip:bench-" + run + "-" + i;
        }

        ourConnection = new RedisConnection(REDIS_URL, Duration.ofMillis(250));
        limiter = new RateLimiter(ourConnection, new RateLimitConfigService(new CodeDefaultsOnly(), new NoTransactions(),
                Clock.systemUTC()), Clock.systemUTC());

        bucket4jClient = RedisClient.create(REDIS_URL);
        bucket4jConnection = bucket4jClient.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        bucket4j = Bucket4jLettuce.casBasedBuilder(bucket4jConnection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder().capacity(21).refillGreedy(120, Duration.ofMinutes(1)).build())
                .build();
        bucket4jConfig = () -> configuration;

        // Both sides must actually limit, or the comparison is meaningless.
        checkBothLimit(run);
    }

    @TearDown(Level.Trial)
    public void disconnect() {
        ourConnection.close();
        bucket4jConnection.close();
        bucket4jClient.shutdown();
    }

    @Benchmark
    public RateLimitDecision gcraLuaRateLimiter(Cursor cursor) {
        return limiter.check("read", ourIdentities[cursor.next(identities)]);
    }

    @Benchmark
    public ConsumptionProbe bucket4jLettuceCas(Cursor cursor) {
        return bucket4j.getProxy(bucket4jKeys[cursor.next(identities)], bucket4jConfig)
                .tryConsumeAndReturnRemaining(1);
    }

    /** Each benchmark thread walks the identities round-robin from its own offset. */
    @State(Scope.Thread)
    public static class Cursor {
        private int position = (int) (Thread.currentThread().getId() * 7919);

        int next(int size) {
            position = position + 1 == Integer.MAX_VALUE ? 0 : position + 1;
            return position % size;
        }
    }

    private void checkBothLimit(String run) {
        String ours = "ip:bench-check-" + run;
        String theirs = "b4j:read:ip:bench-check-" + run;
        int ourAllowed = 0;
        int theirAllowed = 0;
        for (int i = 0; i < 30; i++) {
            ourAllowed += limiter.check("read", ours).allowed() ? 1 : 0;
            theirAllowed += bucket4j.getProxy(theirs, bucket4jConfig).tryConsume(1) ? 1 : 0;
        }
        if (ourAllowed != 21 || theirAllowed != 21) {
            throw new IllegalStateException("expected 21 of 30 allowed on both sides, got " + ourAllowed + " (GCRA) and "
                    + theirAllowed + " (Bucket4j)");
        }
    }

    /** No database in the benchmark: the code defaults are the configuration. */
    static final class CodeDefaultsOnly extends RateLimitConfigRepository {
        CodeDefaultsOnly() {
            super(null);
        }

        @Override
        public List<Bucket> buckets() {
            return List.of();
        }

        @Override
        public List<RouteOverride> routeOverrides() {
            return List.of();
        }
    }

    static final class NoTransactions implements Transactions {
        @Override
        public <T> T call(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    }
}
