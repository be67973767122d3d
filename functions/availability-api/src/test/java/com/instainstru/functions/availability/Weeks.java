package com.instainstru.functions.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Dates relative to the test instructors' local today (America/New_York) and request bodies. */
final class Weeks {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Weeks() {
    }

    static LocalDate today() {
        return LocalDate.now(NEW_YORK);
    }

    static LocalDate thisMonday() {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A Monday at least a week ahead, so no day of it is ever in the past during a test. */
    static LocalDate futureMonday(int weeksAhead) {
        return thisMonday().plusWeeks(weeksAhead);
    }

    static Map<String, Object> day(LocalDate date, String... startEnd) {
        List<Map<String, String>> windows = new ArrayList<>();
        for (int i = 0; i < startEnd.length; i += 2) {
            windows.add(Map.of("start", startEnd[i], "end", startEnd[i + 1]));
        }
        return Map.of("date", date.toString(), "windows", windows);
    }

    @SafeVarargs
    static Map<String, Object> save(LocalDate monday, Map<String, Object>... days) {
        return Map.of("weekStart", monday.toString(), "days", List.of(days));
    }
}
