package com.instainstru.local.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The six fields of an EventBridge cron expression, their bounds and names, and the syntax they share:
 * {@code *}, values, ranges {@code a-b}, lists {@code a,b} and increments {@code a/n}, {@code a-b/n}, {@code *}/n.
 */
enum CronField {
    MINUTES("Minutes", 0, 59, List.of()),
    HOURS("Hours", 0, 23, List.of()),
    DAY_OF_MONTH("Day-of-month", 1, 31, List.of()),
    MONTH("Month", 1, 12,
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    DAY_OF_WEEK("Day-of-week", 1, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")),
    YEAR("Year", 1970, 2199, List.of());

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(String label, int min, int max, List<String> names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    String label() {
        return label;
    }

    /** Parses a field made only of the shared syntax. */
    BitSet parse(String text) {
        BitSet values = new BitSet(max + 1);
        for (String term : terms(text)) {
            addTerm(text, term, values);
        }
        return values;
    }

    /** The comma-separated terms of a field; empty terms are an error. */
    List<String> terms(String text) {
        List<String> terms = List.of(text.split(",", -1));
        if (terms.stream().anyMatch(String::isEmpty)) {
            throw invalid(text, "empty list element");
        }
        return terms;
    }

    /** Adds one term of the shared syntax ({@code *}, value, range, increment) to {@code values}. */
    void addTerm(String text, String term, BitSet values) {
        int slash = term.indexOf('/');
        String base = slash < 0 ? term : term.substring(0, slash);
        int step = slash < 0 ? 1 : positive(text, term.substring(slash + 1), "increment");
        int from;
        int to;
        if (base.equals("*")) {
            from = min;
            to = max;
        } else if (base.indexOf('-') > 0) {
            from = value(text, base.substring(0, base.indexOf('-')));
            to = value(text, base.substring(base.indexOf('-') + 1));
            if (from > to) {
                throw invalid(text, "range " + base + " runs backwards");
            }
        } else {
            from = value(text, base);
            to = slash < 0 ? from : max;
        }
        if (step > max - min + 1) {
            throw invalid(text, "increment " + step + " is larger than the field's range " + min + "-" + max);
        }
        for (int value = from; value <= to; value += step) {
            values.set(value);
        }
    }

    /** A single value: a number within bounds, or a name for months and days of the week. */
    int value(String text, String token) {
        int named = names.indexOf(token.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return min + named;
        }
        if (!token.matches("\\d{1,4}")) {
            throw invalid(text, "'" + token + "' is not a valid value" + (names.isEmpty() ? "" : " or name"));
        }
        int value = Integer.parseInt(token);
        if (value < min || value > max) {
            throw invalid(text, value + " is outside " + min + "-" + max);
        }
        return value;
    }

    int positive(String text, String token, String what) {
        if (!token.matches("\\d{1,4}") || Integer.parseInt(token) == 0) {
            throw invalid(text, "the " + what + " must be a positive number, got '" + token + "'");
        }
        return Integer.parseInt(token);
    }

    IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException(label + " field '" + text + "': " + reason);
    }
}
