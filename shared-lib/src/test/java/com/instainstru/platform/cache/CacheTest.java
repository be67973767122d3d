package com.instainstru.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.redis.RedisConnection;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the machine's Redis and this run's PostgreSQL; every test uses families of its own. */
class CacheTest {

    private static final TestPlatform platform = new TestPlatform(Clock.systemUTC());
    private static final RedisConnection connection =
            new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250));

    private final RedisCommands<String, String> redis = connection.commands();
    private final Cache cache = new Cache(connection, platform.json, platform.tx, platform.clock);
    private final List<CacheFamily> families = new ArrayList<>();
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeAll
    static void createScratchTable() {
        platform.jdbc.update("""
                CREATE TABLE IF NOT EXISTS cache_test_profile (
                    id ulid PRIMARY KEY, display_name text NOT NULL, hourly_rate_cents bigint NOT NULL)
                """);
    }

    @AfterEach
    void deleteTestKeys() {
        for (CacheFamily family : families) {
            List<String> keys = new ArrayList<>(redis.keys(family.keyPrefix() + "*"));
            keys.add(family.versionKey());
            redis.del(keys.toArray(String[]::new));
        }
    }

    @AfterAll
    static void closeRedis() {
        connection.close();
    }

    @Test
    void countsAMissThenHitsAndStoresTheEntryWithTheFamilyTtl() {
        CacheFamily family = family(Duration.ofMinutes(5));

        for (int i = 0; i < 3; i++) {
            assertThat(cache.getOrLoad(family, "k1", String.class, () -> "loaded #" + loads.incrementAndGet()))
                    .isEqualTo("loaded #1");
        }

        assertThat(loads).hasValue(1);
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(2, 1, 0, 0));
        assertThat(cache.stats(family).hitRatio()).isEqualTo(2.0 / 3);
        assertThat(redis.ttl(family.entryKey("0", "k1"))).isBetween(295L, 300L);
    }

    @Test
    void theReferenceFamiliesKeepTheirTtlsInRedis() {
        assertThat(CacheFamilies.PUBLIC_AVAILABILITY.ttl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(CacheFamilies.CATALOG.ttl()).isEqualTo(Duration.ofHours(1));
        assertThat(CacheFamilies.CATALOG_SERVICES.ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(CacheFamilies.SEARCH_RESULTS.ttl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(CacheFamilies.SEARCH_RESULTS_DEGRADED.ttl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(CacheFamilies.INSTRUCTOR_PROFILE.ttl()).isEqualTo(Duration.ofMinutes(5));
        String key = "test-" + platform.ids.newId();

        cache.getOrLoad(CacheFamilies.CATALOG, key, String.class, () -> "tree");

        String entry = CacheFamilies.CATALOG.entryKey(versionOf(CacheFamilies.CATALOG), key);
        try {
            assertThat(redis.ttl(entry)).isBetween(3595L, 3600L);
        } finally {
            redis.del(entry);
        }
    }

    @Test
    void roundTripsARecordWithInstantsDatesAndCentsAsJson() {
        CacheFamily family = family(Duration.ofMinutes(5));
        Profile ann = new Profile("01J0000000000000000000000A", "Ann K.", 12_500L,
                Instant.parse("2026-03-08T07:30:00.123456Z"), LocalDate.of(2025, 11, 2), List.of("piano", "guitar"));

        Profile loaded = cache.getOrLoad(family, ann.id(), Profile.class, () -> ann);
        Profile cached = cache.getOrLoad(family, ann.id(), Profile.class, () -> null);

        assertThat(cached).isEqualTo(loaded).isEqualTo(ann);
        assertThat(cache.stats(family).hits()).isEqualTo(1);
        assertThat(redis.get(family.entryKey("0", ann.id())))
                .contains("\"updatedAt\":\"2026-03-08T07:30:00.123456Z\"")
                .contains("\"hourlyRateCents\":12500")
                .contains("\"since\":\"2025-11-02\"");
    }

    @Test
    void readsGenericValuesThroughATypeReference() {
        CacheFamily family = family(Duration.ofMinutes(5));
        TypeReference<List<Profile>> profiles = new TypeReference<>() { };
        Profile bea = new Profile("01J0000000000000000000000B", "Bea L.", 9_000L, Instant.parse("2026-01-01T00:00:00Z"),
                LocalDate.of(2024, 1, 1), List.of());

        cache.getOrLoad(family, "page-1", profiles, () -> List.of(bea));
        List<Profile> cached = cache.getOrLoad(family, "page-1", profiles, List::of);

        assertThat(cached).containsExactly(bea);
        assertThat(cache.stats(family).hits()).isEqualTo(1);
    }

    @Test
    void invalidatingAFamilyBumpsItsVersionSoOldEntriesAreNoLongerRead() {
        CacheFamily family = family(Duration.ofMinutes(5));
        cache.getOrLoad(family, "a", String.class, () -> "a" + loads.incrementAndGet());
        cache.getOrLoad(family, "b", String.class, () -> "b" + loads.incrementAndGet());

        cache.invalidateFamily(family);

        assertThat(redis.get(family.versionKey())).isEqualTo("1");
        assertThat(cache.getOrLoad(family, "a", String.class, () -> "a" + loads.incrementAndGet())).isEqualTo("a3");
        assertThat(cache.getOrLoad(family, "b", String.class, () -> "b" + loads.incrementAndGet())).isEqualTo("b4");
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(0, 4, 0, 0));
        assertThat(redis.ttl(family.entryKey("0", "a"))).as("the old entry just expires").isPositive();
        assertThat(redis.ttl(family.versionKey())).as("the version never expires").isEqualTo(-1L);
        assertThat(redis.exists(family.entryKey("1", "a"))).isEqualTo(1L);
    }

    @Test
    void aFamilyInvalidatedByAnotherInstanceIsSeenAtTheNextRead() {
        Cache otherLambda = new Cache(connection, platform.json, platform.tx, platform.clock);
        CacheFamily family = family(Duration.ofMinutes(5));
        cache.getOrLoad(family, "a", String.class, () -> "old");
        assertThat(cache.getOrLoad(family, "a", String.class, () -> "unused")).isEqualTo("old");

        otherLambda.invalidateFamily(family);
        otherLambda.invalidateFamily(family);

        assertThat(cache.getOrLoad(family, "a", String.class, () -> "new")).isEqualTo("new");
        assertThat(cache.getOrLoad(family, "a", String.class, () -> "unused")).isEqualTo("new");
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(2, 2, 0, 0));
        assertThat(redis.get(family.entryKey("2", "a"))).isEqualTo("\"new\"");
    }

    @Test
    void invalidatesOneKeyOnlyAfterTheWriteCommitted() {
        CacheFamily family = family(Duration.ofMinutes(5));
        String id = insertProfile("Ann K.");
        assertThat(cachedName(family, id)).isEqualTo("Ann K.");

        platform.tx.run(() -> {
            rename(id, "Ann Z.");
            cache.invalidate(family, id);
            assertThat(cachedName(family, id)).as("still cached before the commit").isEqualTo("Ann K.");
            assertThat(redis.exists(family.entryKey("0", id))).isEqualTo(1L);
        });

        assertThat(redis.exists(family.entryKey("0", id))).isZero();
        assertThat(cachedName(family, id)).isEqualTo("Ann Z.");
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(1, 2, 0, 0));
    }

    @Test
    void aRolledBackWriteLeavesTheCacheUntouched() {
        CacheFamily family = family(Duration.ofMinutes(5));
        String id = insertProfile("Ann K.");
        cachedName(family, id);

        assertThatThrownBy(() -> platform.tx.run(() -> {
            rename(id, "Ann Z.");
            cache.invalidate(family, id);
            cache.invalidateFamily(family);
            throw new IllegalStateException("business rule failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(redis.exists(family.entryKey("0", id))).isEqualTo(1L);
        assertThat(redis.get(family.versionKey())).isNull();
        assertThat(cachedName(family, id)).isEqualTo("Ann K.");
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(1, 1, 0, 0));
    }

    @Test
    void aFamilyInvalidatedInATransactionIsBumpedOnlyAtTheCommit() {
        CacheFamily family = family(Duration.ofMinutes(5));

        platform.tx.run(() -> {
            cache.invalidateFamily(family);
            assertThat(redis.get(family.versionKey())).isNull();
        });

        assertThat(redis.get(family.versionKey())).isEqualTo("1");
    }

    @Test
    void neitherNullNorAFailedLoadIsCached() {
        CacheFamily family = family(Duration.ofMinutes(5));

        assertThat(cache.getOrLoad(family, "absent", String.class, () -> null)).isNull();
        assertThatThrownBy(() -> cache.getOrLoad(family, "failing", String.class, () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");

        assertThat(redis.keys(family.keyPrefix() + "*")).isEmpty();
        assertThat(cache.stats(family)).isEqualTo(new CacheStats(0, 2, 0, 0));
    }

    @Test
    void anEntryOfAnotherShapeIsReloadedAndOverwrittenEvenWithALenientApplicationMapper() {
        // Quarkus' mapper ignores unknown properties; the cache must not read another release's shape anyway.
        Cache lenient = new Cache(connection,
                TestPlatform.json().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                platform.tx, platform.clock);
        CacheFamily family = family(Duration.ofMinutes(5));
        redis.set(family.entryKey("0", "renamed"), """
                {"id":"01J0000000000000000000000C","name":"Cy D.","hourlyRateCents":1,
                 "updatedAt":"1970-01-01T00:00:00Z","since":"1970-01-01","services":[]}""");
        redis.set(family.entryKey("0", "older"), """
                {"id":"01J0000000000000000000000C","displayName":"Cy D."}""");
        Profile current =
                new Profile("01J0000000000000000000000C", "Cy D.", 1L, Instant.EPOCH, LocalDate.EPOCH, List.of());

        assertThat(lenient.getOrLoad(family, "renamed", Profile.class, () -> current)).isEqualTo(current);
        assertThat(lenient.getOrLoad(family, "older", Profile.class, () -> current)).isEqualTo(current);
        assertThat(lenient.getOrLoad(family, "older", Profile.class, () -> null)).isEqualTo(current);

        assertThat(redis.get(family.entryKey("0", "renamed"))).contains("\"displayName\":\"Cy D.\"");
        assertThat(lenient.stats(family)).isEqualTo(new CacheStats(1, 2, 2, 0));
        assertThat(lenient.breakerState()).as("not a Redis failure").isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private String cachedName(CacheFamily family, String id) {
        return cache.getOrLoad(family, id, String.class, () -> platform.jdbc
                .queryOne("SELECT display_name FROM cache_test_profile WHERE id = ?", r -> r.string("display_name"), id)
                .orElseThrow());
    }

    private String insertProfile(String name) {
        String id = platform.ids.newId();
        platform.jdbc.update("INSERT INTO cache_test_profile VALUES (?, ?, 10000)", id, name);
        return id;
    }

    private void rename(String id, String name) {
        platform.jdbc.update("UPDATE cache_test_profile SET display_name = ? WHERE id = ?", name, id);
    }

    private String versionOf(CacheFamily family) {
        String version = redis.get(family.versionKey());
        return version == null ? "0" : version;
    }

    private CacheFamily family(Duration ttl) {
        CacheFamily family = new CacheFamily("test-" + platform.ids.newId().toLowerCase(), ttl);
        families.add(family);
        return family;
    }

    record Profile(String id, String displayName, long hourlyRateCents, Instant updatedAt, LocalDate since,
            List<String> services) {
    }
}
