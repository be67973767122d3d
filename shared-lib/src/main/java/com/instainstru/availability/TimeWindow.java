package com.instainstru.availability;

/**
 * A [start, end) stretch of one day in minutes since local midnight; {@code end} 1440 is midnight at the
 * end of the day, printed "24:00".
 */
public record TimeWindow(int startMinute, int endMinute) {

    public TimeWindow {
        if (startMinute < 0 || endMinute > DayBits.MINUTES || startMinute >= endMinute) {
            throw new IllegalArgumentException("not a window: " + startMinute + "-" + endMinute);
        }
    }

    public String start() {
        return format(startMinute);
    }

    public String end() {
        return format(endMinute);
    }

    static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public String toString() {
        return start() + "-" + end();
    }
}
