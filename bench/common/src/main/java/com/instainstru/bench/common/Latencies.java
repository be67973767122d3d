package com.instainstru.bench.common;

import java.util.Arrays;

/** Timings of one operation in nanoseconds; percentiles by the nearest-rank method, printed in milliseconds. */
public final class Latencies {

    private final long[] samples;
    private int count;

    public Latencies(int capacity) {
        samples = new long[capacity];
    }

    public void add(long nanos) {
        samples[count++] = nanos;
    }

    public double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    public int count() {
        return count;
    }
}
