package com.instainstru.bench.payments;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds callers to {@code ratePerSecond} across all threads: each call reserves the next free slot, one every
 * 1/rate seconds (a token bucket of capacity one), and sleeps until it. A rate of 0 means no pacing.
 */
final class Pacer {

    private final long intervalNanos;
    private long nextSlot;

    Pacer(double ratePerSecond) {
        intervalNanos = ratePerSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / ratePerSecond);
        nextSlot = System.nanoTime();
    }

    /** Waits for this caller's slot; returns the nanoseconds waited. */
    long acquire() {
        if (intervalNanos == 0) {
            return 0;
        }
        long start = System.nanoTime();
        long slot;
        synchronized (this) {
            slot = Math.max(nextSlot, start);
            nextSlot = slot + intervalNanos;
        }
        while (System.nanoTime() < slot) {
            LockSupport.parkNanos(slot - System.nanoTime());
        }
        return System.nanoTime() - start;
    }

    boolean paced() {
        return intervalNanos > 0;
    }
}
