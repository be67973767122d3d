package com.instainstru.bench.search;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.instainstru.bench.common.SingleConnectionDataSource;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.search.SearchCriteria;
import com.instainstru.search.SearchRepository;
import com.instainstru.search.SearchService;
import com.instainstru.search.schema.SearchRequest;
import com.instainstru.search.schema.SearchResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Search latency over 10,000 generated instructors (generate.sql) through {@link SearchService#compute}, the
 * uncached path: p50/p95 of text + 5 km radius + date searches, against a text-only baseline measured in
 * the same run, interleaved. One connection, like one Lambda instance. Scratch database, dropped at the end
 * unless -Dkeep=true.
 */
public final class SearchBench {

    private static final String[] QUERIES = {"piano", "guitar", "spanish", "yoga", "music", "languages", "paino",
        "tennis or swimming", "sat prep", "personal training", "chess", "drawing", "violin", "salsa lessons",
        "math", "cooking"};
    private static final double TARGET_P95_MS = 50.0;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int iterations = Integer.getInteger("iterations", 1000);
        String host = env("PGHOST", "127.0.0.1");
        String port = env("PGPORT", "5432");
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        String name = "bench_search_" + HexFormat.of().formatHex(new byte[] {(byte) System.nanoTime(),
            (byte) (System.nanoTime() >> 8), (byte) (System.nanoTime() >> 16)});
        admin(host, port, user, password, "CREATE DATABASE " + name);
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + name, user, password)) {
            long start = System.nanoTime();
            migrate(connection, root.resolve("infra/db/src/main/resources/db/migration"));
            run(connection, Files.readString(root.resolve("bench/search/generate.sql")));
            System.out.printf("schema + data generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
            printCounts(connection);

            ConnectionHolder holder = new ConnectionHolder();
            var dataSource = new SingleConnectionDataSource(connection);
            Jdbc jdbc = new Jdbc(dataSource, holder);
            Clock clock = Clock.fixed(Instant.parse("2026-12-01T14:00:00Z"), ZoneOffset.UTC);
            Cache cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)),
                    JsonMapper.builder().addModule(new JavaTimeModule())
                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build(),
                    new JdbcTransactions(dataSource, holder), clock);
            SearchService search = new SearchService(new SearchRepository(jdbc), cache, clock);

            SplittableRandom random = new SplittableRandom(7);
            List<SearchCriteria> filtered = new ArrayList<>();
            List<SearchCriteria> textOnly = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                String q = QUERIES[random.nextInt(QUERIES.length)];
                double lat = 40.58 + random.nextDouble() * 0.30;
                double lng = -74.02 + random.nextDouble() * 0.28;
                LocalDate date = LocalDate.of(2026, 12, 1).plusDays(random.nextInt(14));
                filtered.add(SearchCriteria.from(new SearchRequest(q, String.format(Locale.ROOT, "%.5f", lat),
                        String.format(Locale.ROOT, "%.5f", lng), null, null, null, date.toString(), null, null)));
                textOnly.add(SearchCriteria.from(new SearchRequest(q, null, null, null, null, null, null, null, null)));
            }
            for (int i = 0; i < 200; i++) { // warm-up: JIT, plan caches, buffers
                search.compute(filtered.get(i % filtered.size()));
                search.compute(textOnly.get(i % textOnly.size()));
            }
            double[] filteredMs = new double[iterations];
            double[] textMs = new double[iterations];
            long relaxedCount = 0;
            long resultSum = 0;
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                SearchResponse response = search.compute(filtered.get(i));
                filteredMs[i] = (System.nanoTime() - t0) / 1e6;
                relaxedCount += response.relaxed().isEmpty() ? 0 : 1;
                resultSum += response.total();
                long t1 = System.nanoTime();
                search.compute(textOnly.get(i));
                textMs[i] = (System.nanoTime() - t1) / 1e6;
            }
            double[] f = percentiles(filteredMs);
            double[] t = percentiles(textMs);
            System.out.printf("%nsearch over 10,000 instructors, %d queries each, SearchService.compute (uncached)%n",
                    iterations);
            System.out.println("                                          p50 ms   p95 ms   p99 ms");
            System.out.printf("  text + 5 km radius + date              %7.2f  %7.2f  %7.2f%n", f[0], f[1], f[2]);
            System.out.printf("  text only (baseline)                   %7.2f  %7.2f  %7.2f%n", t[0], t[1], t[2]);
            System.out.printf("  ratio filtered / baseline              %7.2f  %7.2f  %7.2f%n", f[0] / t[0],
                    f[1] / t[1], f[2] / t[2]);
            System.out.printf("  filtered searches that relaxed a filter: %d of %d; mean total %.1f instructors%n",
                    relaxedCount, iterations, (double) resultSum / iterations);
            System.out.printf("  p95 %.2f ms, target <= %.0f ms: %s%n", f[1], TARGET_P95_MS,
                    f[1] <= TARGET_P95_MS ? "met" : "NOT met");
            if (Boolean.getBoolean("explain")) {
                explain(connection);
            }
        } finally {
            if (!Boolean.getBoolean("keep")) {
                admin(host, port, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                System.out.println("kept database " + name);
            }
        }
    }

    private static void migrate(Connection connection, Path migrations) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(migrations)) {
            files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        for (Path file : files) {
            run(connection, Files.readString(file));
        }
    }

    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static void run(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void printCounts(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT (SELECT count(*) FROM instructor_profiles WHERE is_live) AS live,
                       (SELECT count(*) FROM instructor_services) AS services,
                       (SELECT count(*) FROM instructor_service_areas) AS areas,
                       (SELECT count(*) FROM region_boundaries) AS regions,
                       (SELECT count(*) FROM availability_days) AS days
                """)) {
            rows.next();
            System.out.printf("live instructors %d, instructor services %d, service areas %d, regions %d, "
                    + "availability days %d%n", rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                    rows.getLong(5));
        }
    }

    /** The candidate query of a typical filtered search (piano, Midtown, 5 km, a date), with its plan. */
    private static void explain(Connection connection) throws Exception {
        String sql = Files.readString(Path.of("bench/search/explain.sql"));
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            System.out.println();
            while (rows.next()) {
                System.out.println(rows.getString(1));
            }
        }
    }

    private static double[] percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99)};
    }

    private static double at(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void admin(String host, String port, String user, String password, String sql) throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                user, password); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private SearchBench() {
    }
}
