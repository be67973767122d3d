package com.instainstru.bench.payments;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** When each outbound Stripe request started, and how long the calls and the pacer's waits took, over all workers. */
final class StripeRequests {

    private final long[] startedAt;
    private final AtomicInteger count = new AtomicInteger();
    final AtomicLong callNanos = new AtomicLong();
    final AtomicLong pacerWaitNanos = new AtomicLong();

    StripeRequests(int capacity) {
        startedAt = new long[capacity];
    }

    void started(long nanoTime) {
        int index = count.getAndIncrement();
        if (index < startedAt.length) {
            startedAt[index] = nanoTime;
        }
    }

    int count() {
        return count.get();
    }

    /** The most requests that started within any one-second window: what Stripe's per-second limit sees. */
    int peakPerSecond() {
        long[] sorted = Arrays.copyOf(startedAt, Math.min(count.get(), startedAt.length));
        Arrays.sort(sorted);
        long second = TimeUnit.SECONDS.toNanos(1);
        int peak = 0;
        int from = 0;
        for (int to = 0; to < sorted.length; to++) {
            while (sorted[to] - sorted[from] >= second) {
                from++;
            }
            peak = Math.max(peak, to - from + 1);
        }
        return peak;
    }
}
