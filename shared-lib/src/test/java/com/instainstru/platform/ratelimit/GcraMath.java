package com.instainstru.platform.ratelimit;

import com.instainstru.platform.ratelimit.GcraScript.GcraResult;

/**
 * The script's arithmetic in plain Java, for one key: the model the Lua script is checked against.
 * A TAT that has fallen behind the clock counts as absent, as the script's key TTL makes it.
 */
final class GcraMath {

    private final long interval;
    private final long tolerance;
    private long tat;

    GcraMath(Bucket bucket) {
        this.interval = bucket.emissionIntervalMicros();
        this.tolerance = interval * (bucket.burst() + 1L);
    }

    GcraResult step(long nowMicros) {
        long current = Math.max(tat, nowMicros);
        long newTat = current + interval;
        long allowAt = newTat - tolerance;
        if (nowMicros < allowAt) {
            return new GcraResult(false, 0, allowAt - nowMicros, current - nowMicros);
        }
        tat = newTat;
        long resetAfter = newTat - nowMicros;
        return new GcraResult(true, Math.floorDiv(tolerance - resetAfter, interval), 0, resetAfter);
    }
}
