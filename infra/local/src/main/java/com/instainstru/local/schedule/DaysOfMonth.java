package com.instainstru.local.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Locale;

/**
 * A Day-of-month field: days {@code 1-31} in the shared syntax, {@code L} (the last day of the month),
 * {@code LW} (the last weekday of the month) and {@code nW} (the weekday nearest day n, within the same month).
 * A day that the month does not have (31 in April, {@code 30W} in February) never fires.
 */
final class DaysOfMonth {

    private final BitSet days = new BitSet(32);
    private final BitSet nearestWeekdays = new BitSet(32);
    private boolean last;
    private boolean lastWeekday;

    private DaysOfMonth() {
    }

    static DaysOfMonth parse(String text) {
        CronField field = CronField.DAY_OF_MONTH;
        DaysOfMonth parsed = new DaysOfMonth();
        for (String term : field.terms(text)) {
            String upper = term.toUpperCase(Locale.ROOT);
            if (upper.equals("L")) {
                parsed.last = true;
            } else if (upper.equals("LW")) {
                parsed.lastWeekday = true;
            } else if (upper.endsWith("W")) {
                parsed.nearestWeekdays.set(field.value(text, term.substring(0, term.length() - 1)));
            } else {
                field.addTerm(text, term, parsed.days);
            }
        }
        return parsed;
    }

    boolean matches(LocalDate date) {
        int day = date.getDayOfMonth();
        int length = date.lengthOfMonth();
        if (days.get(day) || (last && day == length) || (lastWeekday && day == weekdayNearest(length, date))) {
            return true;
        }
        for (int n = nearestWeekdays.nextSetBit(1); n > 0; n = nearestWeekdays.nextSetBit(n + 1)) {
            if (n <= length && day == weekdayNearest(n, date)) {
                return true;
            }
        }
        return false;
    }

    /** The weekday nearest day {@code n} of {@code date}'s month, never crossing into another month. */
    private static int weekdayNearest(int n, LocalDate date) {
        DayOfWeek dayOfWeek = date.withDayOfMonth(n).getDayOfWeek();
        int length = date.lengthOfMonth();
        if (dayOfWeek == DayOfWeek.SATURDAY) {
            return n == 1 ? 3 : n - 1;
        }
        if (dayOfWeek == DayOfWeek.SUNDAY) {
            return n == length ? n - 2 : n + 1;
        }
        return n;
    }
}
