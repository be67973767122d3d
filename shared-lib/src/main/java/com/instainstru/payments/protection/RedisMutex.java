package com.instainstru.payments.protection;

import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.redis.RedisConnection;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Mutual exclusion on a Redis key: {@code SET key token NX PX ttl}. Only the holder of the random token may release
 * it (a Lua compare-and-delete), so a lease that outlived its TTL and was taken over by someone else is never
 * deleted by its former owner. Fails closed: with Redis unreachable, nobody gets the lock (503).
 */
@ApplicationScoped
public class RedisMutex {

    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
                return redis.call('DEL', KEYS[1])
            end
            return 0
            """;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisConnection redis;

    public RedisMutex(RedisConnection redis) {
        this.redis = redis;
    }

    /** The lease on {@code key} for {@code ttl}, or empty when somebody else holds it. */
    public Optional<Lease> tryAcquire(String key, Duration ttl) {
        String token = newToken();
        String reply = redis(() -> redis.commands().set(key, token, SetArgs.Builder.nx().px(ttl.toMillis())));
        return "OK".equals(reply) ? Optional.of(new Lease(key, token)) : Optional.empty();
    }

    /** How long the current holder's lease still runs; zero when nobody holds it. */
    public Duration remaining(String key) {
        Long millis = redis(() -> redis.commands().pttl(key));
        return millis == null || millis < 0 ? Duration.ZERO : Duration.ofMillis(millis);
    }

    /** A lease on a key, released only by whoever acquired it. */
    public final class Lease implements AutoCloseable {

        private final String key;
        private final String token;

        private Lease(String key, String token) {
            this.key = key;
            this.token = token;
        }

        public String key() {
            return key;
        }

        /** True when this lease was still held and is now released; false when it had expired meanwhile. */
        public boolean release() {
            Long deleted = redis(() -> redis.commands().eval(RELEASE, ScriptOutputType.INTEGER,
                    new String[] {key}, token));
            return deleted != null && deleted == 1L;
        }

        @Override
        public void close() {
            release();
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static <T> T redis(java.util.function.Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new DependencyUnavailableException("Redis", Duration.ofSeconds(1), e);
        }
    }
}
