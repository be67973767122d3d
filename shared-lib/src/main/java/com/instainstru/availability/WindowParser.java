package com.instainstru.availability;

import com.instainstru.availability.schema.AvailabilityWindow;
import com.instainstru.platform.validation.FieldRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a day's "HH:MM" windows into bits. An end of "24:00" or "00:00" is midnight; a window whose start is
 * after its end runs overnight and is split at midnight into this day's tail and the next day's head.
 * Every malformed window is reported as a 400 naming its field.
 */
public final class WindowParser {

    private static final Pattern TIME = Pattern.compile("^(\\d{2}):(\\d{2})(?::00)?$");

    private WindowParser() {
    }

    /** The bits a day's windows set on that day and on the next (overnight heads). */
    public record ParsedDay(DayBits day, DayBits nextDay) {
    }

    /** {@code field} names the list, e.g. {@code days[2].windows}. */
    public static ParsedDay parse(String field, List<AvailabilityWindow> windows) {
        FieldRules rules = FieldRules.check();
        List<TimeWindow> today = new ArrayList<>();
        List<TimeWindow> tomorrow = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            String at = field + "[" + i + "]";
            AvailabilityWindow window = windows.get(i);
            if (window == null) {
                rules.rule(false, at, "required", at + " is required");
                continue;
            }
            Integer start = minute(rules, at + ".start", window.start(), false);
            Integer end = minute(rules, at + ".end", window.end(), true);
            if (start == null || end == null) {
                continue;
            }
            int endOfDay = end == 0 ? DayBits.MINUTES : end;
            if (start.equals(end) || start == endOfDay) {
                rules.rule(false, at, "empty_window", at + " must end after it starts");
            } else if (start < endOfDay) {
                today.add(new TimeWindow(start, endOfDay));
            } else {
                today.add(new TimeWindow(start, DayBits.MINUTES));
                tomorrow.add(new TimeWindow(0, end));
            }
        }
        rules.orThrow();
        return new ParsedDay(DayBits.of(today), DayBits.of(tomorrow));
    }

    /** Minutes since midnight, or null after recording the problem. "24:00" is only an end. */
    private static Integer minute(FieldRules rules, String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            rules.rule(false, field, "required", field + " is required");
            return null;
        }
        Matcher matcher = TIME.matcher(text.strip());
        int hours = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
        int minutes = matcher.matches() ? Integer.parseInt(matcher.group(2)) : -1;
        boolean midnightEnd = end && hours == 24 && minutes == 0;
        if (!midnightEnd && (hours < 0 || hours > 23 || minutes > 59)) {
            rules.rule(false, field, "time", field + " must be a time HH:MM" + (end ? " (24:00 for midnight)" : ""));
            return null;
        }
        return midnightEnd ? DayBits.MINUTES : hours * 60 + minutes;
    }
}
