package com.instainstru.bench.cache;

import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.cache.CacheFamily;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One instructor profile read by primary key: straight from PostgreSQL, or through the cache with every
 * entry warm (the hit path: one MGET of version and entry, JSON decoding, the circuit breaker), and the
 * bare Redis round trip for reference. Reads cycle over 1,000 profiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ProfileReadBenchmark {

    static final String SELECT = """
            SELECT id, user_id, display_name, bio, hourly_rate_cents, years_experience, rating_hundredths,
                   is_live, timezone, updated_at
            FROM instructor_profile WHERE id = ?""";
    private static final int PROFILES = 1_000;

    private ScratchDatabase database;
    private BenchPlatform platform;
    private CacheFamily family;
    private List<String> ids;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        database = new ScratchDatabase();
        platform = new BenchPlatform(database.dataSource());
        ids = database.createProfiles(platform.jdbc, PROFILES);
        family = platform.family("instructor-profile", CacheFamilies.INSTRUCTOR_PROFILE.ttl());
        for (String id : ids) {
            cached(id);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        platform.close();
        database.close();
    }

    @Benchmark
    public InstructorProfile uncached() {
        return load(nextId());
    }

    @Benchmark
    public InstructorProfile cached() {
        return cached(nextId());
    }

    /** Reference point: the bare Redis round trip a hit costs (one MGET), without JSON or the breaker. */
    @Benchmark
    public Object redisRoundTrip() {
        return platform.redis.commands().mget("cache:v:" + family.name(), family.keyPrefix() + "v0:" + nextId());
    }

    private InstructorProfile cached(String id) {
        return platform.cache.getOrLoad(family, id, InstructorProfile.class, () -> load(id));
    }

    private InstructorProfile load(String id) {
        return platform.jdbc.queryOne(SELECT, ScratchDatabase.PROFILE, id).orElseThrow();
    }

    private String nextId() {
        next = (next + 1) % ids.size();
        return ids.get(next);
    }
}
