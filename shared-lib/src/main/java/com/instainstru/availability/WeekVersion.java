package com.instainstru.availability;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

/**
 * The version of an instructor's week: SHA-1 (hex) over the bits of its 7 days, Monday to Sunday, a missing
 * day counting as all zero. Equal availability gives an equal version whatever the write history, so it
 * doubles as the ETag.
 */
public final class WeekVersion {

    private WeekVersion() {
    }

    public static String of(LocalDate monday, Map<LocalDate, DayBits> days) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
        MessageDigest sha1 = sha1();
        for (int i = 0; i < 7; i++) {
            sha1.update(days.getOrDefault(monday.plusDays(i), DayBits.empty()).toBytes());
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    /** The ETag header value: the version in double quotes. */
    public static String etag(String version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: quotes and a weak prefix removed; null when blank. */
    public static String fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }
}
