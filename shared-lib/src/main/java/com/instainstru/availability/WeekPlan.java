package com.instainstru.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a save does to the days it covers, decided before anything is written. A day's target is its payload
 * bits if present, else empty under {@code clearExisting}, else what it holds now; overnight heads are added
 * on top. Unless past edits are allowed, days before the local today are skipped (reported when they would
 * have changed) and on today the minutes before "now" keep their stored value. Only days whose bits change
 * are written.
 */
public record WeekPlan(Map<LocalDate, DayBits> writes, List<LocalDate> skippedDates) {

    public static WeekPlan of(List<LocalDate> dates, Map<LocalDate, DayBits> current, Map<LocalDate, DayBits> payload,
            Map<LocalDate, DayBits> heads, boolean clearExisting, LocalNow now, boolean allowPast) {
        Map<LocalDate, DayBits> writes = new LinkedHashMap<>();
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate date : dates) {
            DayBits stored = current.getOrDefault(date, DayBits.empty());
            DayBits base = payload.containsKey(date) ? payload.get(date) : clearExisting ? DayBits.empty() : stored;
            DayBits target = base.or(heads.getOrDefault(date, DayBits.empty()));
            if (!allowPast && date.isBefore(now.today())) {
                if (!target.equals(stored)) {
                    skipped.add(date);
                }
                continue;
            }
            if (!allowPast && date.equals(now.today())) {
                target = target.withMinutesBefore(now.minute(), stored);
            }
            if (!target.equals(stored)) {
                writes.put(date, target);
            }
        }
        return new WeekPlan(writes, skipped);
    }

    public int windowsCreated() {
        return writes.values().stream().mapToInt(day -> day.windows().size()).sum();
    }

    public List<LocalDate> editedDates() {
        return List.copyOf(writes.keySet());
    }
}
