package com.instainstru.platform.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.tx.Transactions;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Cache-aside in Redis for services (resources never cache): values are JSON, each family has its TTL and
 * a version that is part of every key, so {@link #invalidateFamily} drops a whole family with one command.
 *
 * <p>Redis is an optimisation, never a dependency: when it fails, or while the circuit breaker is open
 * after repeated failures, reads go straight to the loader. Answers stay correct, only slower.
 * Invalidations run after the surrounding transaction commits, so a rolled-back write leaves the cache
 * untouched. The race every cache-aside has remains: a reader that loaded the old row before the commit
 * and stores it after the invalidation leaves an entry that lives at most the family's TTL.
 *
 * <p>Needs one Redis, not cluster mode (a read is an MGET across keys). A loader returning {@code null} is
 * not cached. Values are read strictly (see {@link #strict}): an entry written by another shape of the
 * class is reloaded and overwritten, counted as an error.
 */
@ApplicationScoped
public class Cache {

    private static final Logger LOG = Logger.getLogger(Cache.class);
    private static final String NO_VERSION_YET = "0";

    private final GuardedRedis redis;
    private final ObjectMapper json;
    private final Transactions tx;
    private final ConcurrentMap<String, FamilyCounters> counters = new ConcurrentHashMap<>();
    /** Per family, the version seen at the last read: only a guess, always checked against Redis. */
    private final ConcurrentMap<String, String> lastVersion = new ConcurrentHashMap<>();

    public Cache(RedisConnection connection, ObjectMapper json, Transactions tx, Clock clock) {
        this.redis = new GuardedRedis(connection, clock);
        this.json = strict(json);
        this.tx = tx;
    }

    public <T> T getOrLoad(CacheFamily family, String key, Class<T> type, Supplier<T> loader) {
        return getOrLoad(family, key, json.constructType(type), loader);
    }

    /** For generic values, e.g. {@code new TypeReference<List<ServiceSummary>>() {}}. */
    public <T> T getOrLoad(CacheFamily family, String key, TypeReference<T> type, Supplier<T> loader) {
        return getOrLoad(family, key, json.constructType(type), loader);
    }

    /** Drops one entry once the open transaction commits (immediately when none is open). */
    public void invalidate(CacheFamily family, String key) {
        requireKey(key);
        tx.afterCommit(() -> invalidateNow(family, "key " + key,
                commands -> commands.del(family.entryKey(version(commands, family), key))));
    }

    /** Drops every entry of the family once the open transaction commits; old entries just expire. */
    public void invalidateFamily(CacheFamily family) {
        Objects.requireNonNull(family, "family");
        tx.afterCommit(() -> invalidateNow(family, "family", commands -> commands.incr(family.versionKey())));
    }

    public CacheStats stats(CacheFamily family) {
        return counters(family).snapshot();
    }

    /** CLOSED normally; OPEN while Redis is being bypassed; HALF_OPEN while trial calls test it again. */
    public CircuitBreaker.State breakerState() {
        return redis.state();
    }

    private <T> T getOrLoad(CacheFamily family, String key, JavaType type, Supplier<T> loader) {
        Objects.requireNonNull(family, "family");
        requireKey(key);
        FamilyCounters count = counters(family);
        Lookup lookup;
        try {
            lookup = redis.call(commands -> lookup(commands, family, key));
        } catch (CallNotPermittedException open) {
            count.bypass();
            log("bypass", family, key, count);
            return loader.get();
        } catch (RedisException e) {
            count.error();
            LOG.warnf("cache read failed for %s %s, loading instead: %s", family.name(), key, e.toString());
            return loader.get();
        }
        if (lookup.value() != null) {
            try {
                T value = json.readValue(lookup.value(), type);
                count.hit();
                log("hit", family, key, count);
                return value;
            } catch (JsonProcessingException e) {
                // Typically an entry written by an older shape of the class: reload and overwrite it.
                count.error();
                LOG.warnf("unreadable cache entry %s as %s, reloading: %s", lookup.entryKey(), type, e.getMessage());
            }
        }
        count.miss();
        log("miss", family, key, count);
        T value = loader.get();
        store(family, lookup.entryKey(), value, count);
        return value;
    }

    /**
     * Reads the version and the entry in one breaker call; the entry key keeps the version read here.
     * Usually one round trip: MGET reads, atomically, the version and the entry under the version this
     * instance saw last; only when that guess is outdated (the family was invalidated) a second GET follows.
     */
    private Lookup lookup(RedisCommands<String, String> commands, CacheFamily family, String key) {
        String guess = lastVersion.getOrDefault(family.name(), NO_VERSION_YET);
        List<KeyValue<String, String>> values = commands.mget(family.versionKey(), family.entryKey(guess, key));
        String version = values.get(0).getValueOrElse(NO_VERSION_YET);
        String entryKey = family.entryKey(version, key);
        if (version.equals(guess)) {
            return new Lookup(entryKey, values.get(1).getValueOrElse(null));
        }
        lastVersion.put(family.name(), version);
        return new Lookup(entryKey, commands.get(entryKey));
    }

    private static String version(RedisCommands<String, String> commands, CacheFamily family) {
        String version = commands.get(family.versionKey());
        return version == null ? NO_VERSION_YET : version;
    }

    // Stored under the version read before loading: if the family was invalidated meanwhile, this entry is
    // already unreachable instead of serving pre-invalidation data.
    private void store(CacheFamily family, String entryKey, Object value, FamilyCounters count) {
        if (value == null) {
            return;
        }
        String encoded;
        try {
            encoded = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            count.error();
            LOG.errorf(e, "cannot cache a %s of family %s as JSON", value.getClass().getName(), family.name());
            return;
        }
        try {
            redis.call(commands -> commands.set(entryKey, encoded, SetArgs.Builder.ex(family.ttl())));
        } catch (CallNotPermittedException open) {
            LOG.debugf("breaker opened since the read; %s not stored", entryKey);
        } catch (RedisException e) {
            count.error();
            LOG.warnf("cache write failed for %s: %s", entryKey, e.toString());
        }
    }

    private void invalidateNow(CacheFamily family, String what,
            Function<RedisCommands<String, String>, Object> operation) {
        try {
            redis.callEvenIfOpen(operation);
            LOG.debugf("cache invalidated %s %s", family.name(), what);
        } catch (RedisException e) {
            counters(family).error();
            LOG.warnf("cache invalidation of %s %s failed; stale entries live until their TTL (%s): %s",
                    family.name(), what, family.ttl(), e.toString());
        }
    }

    /**
     * The application's mapper (java.time support and all), made strict for reading: entries outlive a
     * deploy, and an entry of another shape of the class must count as unreadable, not as a value with
     * fields silently missing or dropped. Nulls are written out so that "missing" really means another shape.
     */
    private static ObjectMapper strict(ObjectMapper json) {
        ObjectMapper strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        strict.setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
        return strict;
    }

    private FamilyCounters counters(CacheFamily family) {
        return counters.computeIfAbsent(family.name(), name -> new FamilyCounters());
    }

    private static void log(String outcome, CacheFamily family, String key, FamilyCounters count) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("cache %s %s %s; %s", outcome, family.name(), key, count.snapshot());
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("cache key must not be empty");
        }
    }

    private record Lookup(String entryKey, String value) {
    }
}
