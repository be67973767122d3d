package com.instainstru.platform.cache;

import java.util.concurrent.atomic.LongAdder;

/** The running counters behind one family's {@link CacheStats}. */
final class FamilyCounters {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder bypasses = new LongAdder();

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void error() {
        errors.increment();
    }

    void bypass() {
        bypasses.increment();
    }

    CacheStats snapshot() {
        return new CacheStats(hits.sum(), misses.sum(), errors.sum(), bypasses.sum());
    }
}
