package com.instainstru.bench.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamily;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.redis.RedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** The shared-lib beans wired by hand, as CDI wires them in a function, over a given database and local Redis. */
final class BenchPlatform implements AutoCloseable {

    final Jdbc jdbc;
    final Cache cache;
    final RedisConnection redis = new RedisConnection(
            System.getProperty("redis.url", "redis://127.0.0.1:6379"), Duration.ofMillis(250));
    private final List<CacheFamily> families = new ArrayList<>();

    BenchPlatform(DataSource dataSource) {
        ConnectionHolder holder = new ConnectionHolder();
        this.jdbc = new Jdbc(dataSource, holder);
        this.cache = new Cache(redis, json(), new JdbcTransactions(dataSource, holder), Clock.systemUTC());
    }

    /** A family of this run only, so it starts cold and leaves nothing behind. */
    CacheFamily family(String name, Duration ttl) {
        byte[] suffix = new byte[4];
        ThreadLocalRandom.current().nextBytes(suffix);
        CacheFamily family = new CacheFamily("bench-" + name + "-" + HexFormat.of().formatHex(suffix), ttl);
        families.add(family);
        return family;
    }

    @Override
    public void close() {
        for (CacheFamily family : families) {
            List<String> keys = new ArrayList<>(redis.commands().keys(family.keyPrefix() + "*"));
            keys.add("cache:v:" + family.name());
            redis.commands().del(keys.toArray(String[]::new));
        }
        redis.close();
    }

    /** Like Quarkus' default mapper: java.time support, ISO-8601 instants. */
    private static ObjectMapper json() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
