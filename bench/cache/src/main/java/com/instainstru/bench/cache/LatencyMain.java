package com.instainstru.bench.cache;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link ProfileReadBenchmark} and prints p50/p90/p99 of both reads and the cached/uncached ratios. */
public final class LatencyMain {

    private static final double TARGET_CACHED_P50_MS = 2.0;

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ProfileReadBenchmark.class.getName())
                .build()).run();
        Map<String, double[]> percentiles = new TreeMap<>();
        for (RunResult result : results) {
            var statistics = result.getPrimaryResult().getStatistics();
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            percentiles.put(name, new double[] {
                statistics.getPercentile(50), statistics.getPercentile(90), statistics.getPercentile(99)});
        }
        double[] cached = percentiles.get("cached");
        double[] uncached = percentiles.get("uncached");
        double[] roundTrip = percentiles.get("redisRoundTrip");
        System.out.println();
        System.out.println("instructor-profile read by primary key (µs)      p50       p90       p99");
        row("uncached (PostgreSQL)", "%8.1f", uncached);
        row("cached   (Redis hit)", "%8.1f", cached);
        row("bare Redis MGET (reference)", "%8.1f", roundTrip);
        row("cached/uncached", "%8.2f",
                new double[] {cached[0] / uncached[0], cached[1] / uncached[1], cached[2] / uncached[2]});
        System.out.printf("  cached p50 %.3f ms, target < %.0f ms: %s%n", cached[0] / 1000, TARGET_CACHED_P50_MS,
                cached[0] / 1000 < TARGET_CACHED_P50_MS ? "met" : "NOT met");
    }

    private static void row(String label, String format, double[] values) {
        System.out.printf("  %-42s  " + format + "  " + format + "  " + format + "%n", label, values[0], values[1],
                values[2]);
    }

    private LatencyMain() {
    }
}
