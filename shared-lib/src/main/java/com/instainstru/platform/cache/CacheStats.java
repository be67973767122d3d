package com.instainstru.platform.cache;

/**
 * Counters of one family since the process started.
 *
 * @param hits     reads answered from Redis
 * @param misses   reads that called the loader and stored its answer
 * @param errors   Redis calls that failed (or entries that could not be (de)serialised)
 * @param bypasses reads that went straight to the loader because the circuit breaker was open
 */
public record CacheStats(long hits, long misses, long errors, long bypasses) {

    /** Hits over all reads that reached Redis; 0 before the first read. */
    public double hitRatio() {
        long reads = hits + misses;
        return reads == 0 ? 0 : (double) hits / reads;
    }
}
