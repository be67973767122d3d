package com.instainstru.platform.ratelimit;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * GCRA in one Lua script, so read-decide-write is atomic and costs one round trip. Time is Redis server
 * time ({@code TIME}), shared by every function instance; all arithmetic is in integer microseconds.
 *
 * <p>Convention of redis-cell (payments-checks-ratelimit.md §3.1): tolerance τ = (burst + 1)·T and
 * limit = burst + 1. With new_TAT = max(TAT, now) + T, a request is allowed iff now ≥ new_TAT − τ, which is
 * the original's "now ≥ TAT − burst·T". A denied request leaves the TAT unchanged. The stored TAT expires
 * when it falls behind the clock, i.e. when the bucket is full again.
 */
final class GcraScript {

    // ARGV[3] (a fixed "now") exists for the arithmetic tests only; production never passes it.
    static final String SOURCE = """
            local interval = tonumber(ARGV[1])
            local tolerance = interval * (tonumber(ARGV[2]) + 1)
            local now
            if ARGV[3] then
              now = tonumber(ARGV[3])
            else
              local time = redis.call('TIME')
              now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            end
            local tat = tonumber(redis.call('GET', KEYS[1])) or now
            if tat < now then
              tat = now
            end
            local new_tat = tat + interval
            local allow_at = new_tat - tolerance
            if now < allow_at then
              return {0, 0, allow_at - now, tat - now}
            end
            local reset_after = new_tat - now
            redis.call('SET', KEYS[1], string.format('%d', new_tat), 'PX', math.ceil(reset_after / 1000))
            return {1, math.floor((tolerance - reset_after) / interval), 0, reset_after}
            """;

    private final String sha = sha1Hex(SOURCE);

    /** One GCRA step for {@code key} at Redis server time. */
    GcraResult evaluate(RedisCommands<String, String> redis, String key, Bucket bucket) {
        return run(redis, key, String.valueOf(bucket.emissionIntervalMicros()), String.valueOf(bucket.burst()));
    }

    /** Tests only: one GCRA step at a given instant (microseconds), to check the arithmetic exactly. */
    GcraResult evaluateAt(RedisCommands<String, String> redis, String key, Bucket bucket, long nowMicros) {
        return run(redis, key, String.valueOf(bucket.emissionIntervalMicros()), String.valueOf(bucket.burst()),
                String.valueOf(nowMicros));
    }

    private GcraResult run(RedisCommands<String, String> redis, String key, String... args) {
        String[] keys = {key};
        List<Long> reply;
        try {
            reply = redis.evalsha(sha, ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException notCached) {
            // First call on this server, or its script cache was flushed (restart, failover): EVAL caches it.
            reply = redis.eval(SOURCE, ScriptOutputType.MULTI, keys, args);
        }
        return new GcraResult(reply.get(0) == 1L, reply.get(1), reply.get(2), reply.get(3));
    }

    private static String sha1Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
    }

    /** The script's verdict; durations in microseconds. */
    record GcraResult(boolean allowed, long remaining, long retryAfterMicros, long resetAfterMicros) {
    }
}
