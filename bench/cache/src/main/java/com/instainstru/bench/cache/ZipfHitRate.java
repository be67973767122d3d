package com.instainstru.bench.cache;

import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.cache.CacheFamily;
import com.instainstru.platform.cache.CacheStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Hit ratio of the instructor-profile family (TTL 300 s) under a Zipf(1.1) pattern over 10,000 profiles,
 * through the real cache and Redis.
 *
 * <p>With a TTL the ratio depends on how many requests fall in one TTL window, so each run assumes a
 * platform-wide request rate for the family. Time is compressed: the TTL is divided by a speed-up factor
 * and requests are paced at rate x speed-up, which keeps requests-per-TTL as in real time. The ratio is
 * printed next to the one of an ideal model (same key sequence, exact timing, no Redis), and the
 * effective requests-per-TTL shows whether the callers kept pace (falling behind lowers the ratio).
 *
 * <p>Usage: {@code ZipfHitRate [requests=200000] [keys=10000] [exponent=1.1] [rates req/s, comma-separated=40]}
 */
public final class ZipfHitRate {

    private static final double TARGET = 0.80;
    /** Pacing the callers sustain here with Redis on the same 2 cores. */
    private static final double MAX_REAL_RATE = 4_000;
    /** Concurrent callers (think Lambda instances) sharing the schedule, so Redis round trips overlap. */
    private static final int CALLERS = 4;

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        double exponent = args.length > 2 ? Double.parseDouble(args[2]) : 1.1;
        String[] rates = (args.length > 3 ? args[3] : "40").split(",");
        Duration ttl = CacheFamilies.INSTRUCTOR_PROFILE.ttl();

        int[] sequence = new int[requests];
        Zipf zipf = new Zipf(keys, exponent, 7);
        for (int i = 0; i < requests; i++) {
            sequence[i] = zipf.next();
        }

        System.out.printf("Zipf(%.2f) over %,d keys, %,d requests, family TTL %d s%n", exponent, keys, requests,
                ttl.toSeconds());
        System.out.println("rate req/s  req per TTL (nominal/effective)  hit ratio  model  errors  target >= 80 %");
        // No writes, so no transaction ever opens: the data source is never used.
        try (BenchPlatform platform = new BenchPlatform(new PGSimpleDataSource())) {
            for (String rate : rates) {
                run(platform, sequence, ttl, Double.parseDouble(rate.strip()));
            }
        }
    }

    private static void run(BenchPlatform platform, int[] sequence, Duration ttl, double rate)
            throws InterruptedException, ExecutionException {
        long scaledTtlSeconds = Math.max(1, (long) Math.ceil(rate * ttl.toSeconds() / MAX_REAL_RATE));
        double speedup = (double) ttl.toSeconds() / scaledTtlSeconds;
        double realRate = rate * speedup;
        CacheFamily family = platform.family("zipf", Duration.ofSeconds(scaledTtlSeconds));

        long intervalNanos = (long) (1e9 / realRate);
        long start = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Future<?>> done = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
            int first = caller;
            done.add(callers.submit(() -> {
                for (int i = first; i < sequence.length; i += CALLERS) {
                    long wait = start + i * intervalNanos - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    int rank = sequence[i];
                    platform.cache.getOrLoad(family, "profile-" + rank, InstructorProfile.class, () -> profile(rank));
                }
            }));
        }
        for (Future<?> caller : done) {
            caller.get();
        }
        callers.shutdown();
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;

        CacheStats stats = platform.cache.stats(family);
        double nominalPerTtl = rate * ttl.toSeconds();
        double effectivePerTtl = sequence.length / (elapsedSeconds / scaledTtlSeconds);
        System.out.printf("%10.0f  %,14.0f / %,-14.0f  %9.3f  %5.3f  %6d  %s%n", rate, nominalPerTtl, effectivePerTtl,
                stats.hitRatio(), model(sequence, nominalPerTtl), stats.errors(),
                stats.hitRatio() >= TARGET ? "met" : "NOT met");
    }

    /** Exact TTL semantics in request time: request i happens at i / requestsPerTtl TTL windows. */
    private static double model(int[] sequence, double requestsPerTtl) {
        Map<Integer, Double> expiresAt = new HashMap<>();
        int hits = 0;
        for (int i = 0; i < sequence.length; i++) {
            double now = i / requestsPerTtl;
            Double expiry = expiresAt.get(sequence[i]);
            if (expiry != null && expiry > now) {
                hits++;
            } else {
                expiresAt.put(sequence[i], now + 1);
            }
        }
        return (double) hits / sequence.length;
    }

    private static InstructorProfile profile(int rank) {
        return new InstructorProfile(String.format("01JBENCH%018d", rank), String.format("01JUSER0%018d", rank),
                "Instructor " + rank + " L.", "Patient teacher of piano and guitar for all ages. ".repeat(8),
                6_000L + rank, rank % 30, 400 + rank % 100, true, "America/New_York",
                Instant.parse("2026-03-08T07:30:00.123456Z"));
    }

    private ZipfHitRate() {
    }
}
