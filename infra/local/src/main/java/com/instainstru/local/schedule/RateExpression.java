package com.instainstru.local.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** {@code rate(value unit)}: fires at the anchor plus whole multiples of the period. */
record RateExpression(String expression, Duration period, Instant anchor) implements ScheduleExpression {

    private static final Map<String, ChronoUnit> UNITS =
            Map.of("minute", ChronoUnit.MINUTES, "hour", ChronoUnit.HOURS, "day", ChronoUnit.DAYS);

    static RateExpression parse(String expression, Instant anchor) {
        String[] parts = expression.substring("rate(".length(), expression.length() - 1).trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a rate is 'rate(value unit)', such as rate(5 minutes)");
        }
        if (!parts[0].matches("\\d{1,9}") || Long.parseLong(parts[0]) == 0) {
            throw new IllegalArgumentException("the rate value must be a positive whole number, got '" + parts[0] + "'");
        }
        long value = Long.parseLong(parts[0]);
        String unit = parts[1];
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        if (!UNITS.containsKey(singular)) {
            throw new IllegalArgumentException("the rate unit must be minute(s), hour(s) or day(s), got '" + unit + "'");
        }
        String expected = value == 1 ? singular : singular + "s";
        if (!unit.equals(expected)) {
            throw new IllegalArgumentException("the rate unit must be '" + expected + "' when the value is " + value);
        }
        return new RateExpression(expression, UNITS.get(singular).getDuration().multipliedBy(value),
                anchor.truncatedTo(ChronoUnit.MINUTES));
    }

    @Override
    public Instant nextFireAfter(Instant after) {
        long periodSeconds = period.getSeconds();
        long elapsed = after.getEpochSecond() - anchor.getEpochSecond();
        long periods = Math.floorDiv(elapsed, periodSeconds) + 1;
        return anchor.plusSeconds(periods * periodSeconds);
    }
}
