package com.instainstru.bench.availability;

import com.instainstru.bench.common.BenchDatabase;
import com.instainstru.bench.common.Latencies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs both measurements in one fresh database and prints them. Arguments: migrations directory, then
 * optionally instructors, warm-up iterations, measured iterations, storage instructors.
 */
public final class AvailabilityBench {

    /** The original platform's week save p95 (reference / issue #5). */
    private static final double ORIGINAL_SAVE_P95_MS = 254;
    private static final double ORIGINAL_READ_P95_MS = 13;

    public static void main(String[] args) throws SQLException {
        String migrations = args[0];
        int instructors = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
        int storageInstructors = args.length > 4 ? Integer.parseInt(args[4]) : 1000;

        try (BenchDatabase database = new BenchDatabase("bench_availability", migrations)) {
            System.out.printf("database %s (fresh, migrated), %d instructors, %d warm-up + %d measured rounds%n",
                    database.name(), instructors, warmup, iterations);
            System.out.printf("load average before: %s%n", loadAverage());
            LatencyRun.Result latency = new LatencyRun(database.dataSource(), "durable", instructors)
                    .run(warmup, iterations);
            printLatency("synchronous_commit = on (our configuration)", latency);
            printCommitFloor(database.connection(), iterations);
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("SET synchronous_commit = off");
            }
            LatencyRun.Result relaxed = new LatencyRun(database.dataSource(), "relaxed", instructors)
                    .run(warmup, iterations);
            printLatency("synchronous_commit = off (NOT our configuration; for comparison only)", relaxed);
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("SET synchronous_commit = on");
            }
            printStorage(new StorageRun(database.connection()).run(storageInstructors));
            System.out.printf("%nload average after: %s%n", loadAverage());
        }
    }

    /** What any durable write transaction costs here: one single-row INSERT, auto-committed. */
    private static void printCommitFloor(Connection connection, int iterations) throws SQLException {
        Latencies commits = new Latencies(iterations);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_commit_probe (n int)");
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                statement.execute("INSERT INTO bench_commit_probe VALUES (1)");
                commits.add(System.nanoTime() - start);
            }
        }
        row("reference: bare 1-row INSERT + durable commit", commits);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void printLatency(String pass, LatencyRun.Result result) {
        System.out.println();
        System.out.println(pass);
        System.out.println("week operations through the service layer (ms)      n      p50      p95      p99");
        row("week read", result.read());
        row("week save, all 7 days changed", result.fullSave());
        row("week save, one day changed", result.oneDaySave());
        double readP95 = result.read().percentileMillis(95);
        double saveP95 = result.fullSave().percentileMillis(95);
        System.out.printf("  save/read p50 %.2fx, p95 %.2fx (target: save p95 within 3x of read p95: %s)%n",
                result.fullSave().percentileMillis(50) / result.read().percentileMillis(50), saveP95 / readP95,
                saveP95 <= 3 * readP95 ? "met" : "NOT met");
        System.out.printf("  save p95 vs the original's %.0f ms: %.0fx faster (target >= 10x, i.e. <= %.1f ms: %s)%n",
                ORIGINAL_SAVE_P95_MS, ORIGINAL_SAVE_P95_MS / saveP95, ORIGINAL_SAVE_P95_MS / 10,
                saveP95 <= ORIGINAL_SAVE_P95_MS / 10 ? "met" : "NOT met");
        System.out.printf("  read p95 vs the original's ~%.0f ms: %.0fx faster%n", ORIGINAL_READ_P95_MS,
                ORIGINAL_READ_P95_MS / readP95);
    }

    private static void row(String label, Latencies latencies) {
        System.out.printf("  %-45s %6d %8.3f %8.3f %8.3f%n", label, latencies.count(),
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99));
    }

    private static void printStorage(StorageRun.Result result) {
        System.out.println();
        System.out.printf("storage of one realistic week for %d instructors (bytes)%n", result.instructors());
        System.out.println("                         rows    avg row    heap      indexes   total     per instructor-day");
        storage("bitmap (1440 bits/day)", result.bitmap(), result.perInstructorDay(result.bitmap()));
        storage("slot rows (15 min)", result.slots(), result.perInstructorDay(result.slots()));
        System.out.printf("  bitmap uses %.1f %% less than slot rows in total, %.1f %% less in table heap alone"
                + " (the seed claims 70 %%)%n", 100 * result.saving(),
                100 * (1 - (double) result.bitmap().heapBytes() / result.slots().heapBytes()));
    }

    private static void storage(String label, StorageRun.Sizes sizes, double perDay) {
        System.out.printf("  %-22s %7d %8.1f %9d %9d %9d %10.1f%n", label, sizes.rows(), sizes.averageRowBytes(),
                sizes.heapBytes(), sizes.indexBytes(), sizes.totalBytes(), perDay);
    }

    private AvailabilityBench() {
    }
}
