package com.instainstru.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * One local day of an instructor's availability: 1440 bits, one per minute, in 180 bytes. Minute {@code m}
 * lives in byte {@code m / 8} at bit {@code m % 8} (value {@code 1 << (m % 8)}); a set bit means available.
 * Immutable; every change returns a new value.
 *
 * <p>A day is always 1440 wall-clock minutes of the instructor's local date, DST days included: on the
 * 23-hour spring-forward day the bits of 02:00-03:00 describe minutes that do not exist, and on the 25-hour
 * fall-back day 01:00-02:00 happens twice. Availability stores what the instructor entered; bookings decide
 * how to map such local times to instants.
 */
public final class DayBits {

    public static final int MINUTES = 1440;
    public static final int BYTES = MINUTES / 8;
    private final byte[] bytes;

    private DayBits(byte[] bytes) {
        this.bytes = bytes;
    }

    public static DayBits empty() {
        return new DayBits(new byte[BYTES]);
    }

    /** Copies {@code bytes}, which must be exactly {@value #BYTES} long. */
    public static DayBits of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a day bitmap has " + BYTES + " bytes, not " + bytes.length);
        }
        return new DayBits(bytes.clone());
    }

    /** Decodes standard base64; null if the text is not base64 of exactly {@value #BYTES} bytes. */
    public static DayBits fromBase64OrNull(String text) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            return decoded.length == BYTES ? new DayBits(decoded) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static DayBits of(List<TimeWindow> windows) {
        byte[] bytes = new byte[BYTES];
        for (TimeWindow window : windows) {
            for (int m = window.startMinute(); m < window.endMinute(); m++) {
                bytes[m >>> 3] |= (byte) (1 << (m & 7));
            }
        }
        return new DayBits(bytes);
    }

    public boolean isSet(int minute) {
        return (bytes[minute >>> 3] & (1 << (minute & 7))) != 0;
    }

    public boolean isEmpty() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Consecutive set minutes merged into [start, end) windows, in order. */
    public List<TimeWindow> windows() {
        List<TimeWindow> windows = new ArrayList<>();
        int start = -1;
        for (int m = 0; m <= MINUTES; m++) {
            boolean set = m < MINUTES && isSet(m);
            if (set && start < 0) {
                start = m;
            } else if (!set && start >= 0) {
                windows.add(new TimeWindow(start, m));
                start = -1;
            }
        }
        return windows;
    }

    public DayBits or(DayBits other) {
        byte[] merged = bytes.clone();
        for (int i = 0; i < BYTES; i++) {
            merged[i] |= other.bytes[i];
        }
        return new DayBits(merged);
    }

    /** This day's minutes from {@code minute} on, and {@code earlier}'s minutes before it. */
    public DayBits withMinutesBefore(int minute, DayBits earlier) {
        byte[] merged = bytes.clone();
        for (int m = 0; m < Math.min(minute, MINUTES); m++) {
            int bit = 1 << (m & 7);
            merged[m >>> 3] = (byte) ((merged[m >>> 3] & ~bit) | (earlier.bytes[m >>> 3] & bit));
        }
        return new DayBits(merged);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DayBits day && Arrays.equals(bytes, day.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DayBits" + windows();
    }
}
