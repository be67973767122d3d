package com.instainstru.bench.bookings;

import java.util.Arrays;

/** Timings of one operation in nanoseconds; percentiles by the nearest-rank method, printed in milliseconds. */
final class Latencies {

    private final long[] samples;
    private int count;

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[count++] = nanos;
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    int count() {
        return count;
    }
}
