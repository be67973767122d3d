package com.instainstru.local.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A Day-of-week field: {@code 1-7} or {@code SUN-SAT} (1 is Sunday) in the shared syntax, {@code L} alone (the last
 * day of the week: Saturday), {@code nL} (the last such day of the month, {@code 5L} the last Thursday) and
 * {@code n#k} (the k-th such day of the month, {@code 3#2} the second Tuesday).
 */
final class DaysOfWeek {

    private record Nth(int dayOfWeek, int n) {
    }

    private final BitSet days = new BitSet(8);
    private final BitSet lastInMonth = new BitSet(8);
    private final List<Nth> nthInMonth = new ArrayList<>();

    private DaysOfWeek() {
    }

    static DaysOfWeek parse(String text) {
        CronField field = CronField.DAY_OF_WEEK;
        DaysOfWeek parsed = new DaysOfWeek();
        for (String term : field.terms(text)) {
            String upper = term.toUpperCase(Locale.ROOT);
            int hash = term.indexOf('#');
            if (upper.equals("L")) {
                parsed.days.set(7);
            } else if (upper.endsWith("L")) {
                parsed.lastInMonth.set(field.value(text, term.substring(0, term.length() - 1)));
            } else if (hash >= 0) {
                int n = field.positive(text, term.substring(hash + 1), "week number after #");
                if (n > 5) {
                    throw field.invalid(text, "a month has at most 5 of each weekday, got #" + n);
                }
                parsed.nthInMonth.add(new Nth(field.value(text, term.substring(0, hash)), n));
            } else {
                field.addTerm(text, term, parsed.days);
            }
        }
        return parsed;
    }

    boolean matches(LocalDate date) {
        int dayOfWeek = date.getDayOfWeek().getValue() % 7 + 1;
        if (days.get(dayOfWeek)) {
            return true;
        }
        if (lastInMonth.get(dayOfWeek) && date.getDayOfMonth() + 7 > date.lengthOfMonth()) {
            return true;
        }
        int weekOfMonth = (date.getDayOfMonth() - 1) / 7 + 1;
        return nthInMonth.contains(new Nth(dayOfWeek, weekOfMonth));
    }
}
