package com.instainstru.bookings.cancellation;

import java.time.Duration;

/**
 * How long before the lesson a cancellation happens (reference §12), measured between UTC instants:
 * exactly 24 h 00 m is already {@link #GE_24H}; exactly 12 h 00 m is {@link #BETWEEN_12_24H}.
 */
public enum CancellationWindow {
    GE_24H("ge_24h"),
    BETWEEN_12_24H("between_12_24h"),
    LT_12H("lt_12h");

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration HALF_DAY = Duration.ofHours(12);

    private final String value;

    CancellationWindow(String value) {
        this.value = value;
    }

    /** As stored in {@code booking_cancellations.policy_window} and shown in responses. */
    public String value() {
        return value;
    }

    public static CancellationWindow of(Duration untilStart) {
        if (untilStart.compareTo(DAY) >= 0) {
            return GE_24H;
        }
        return untilStart.compareTo(HALF_DAY) >= 0 ? BETWEEN_12_24H : LT_12H;
    }
}
