package com.instainstru.local.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code cron(Minutes Hours Day-of-month Month Day-of-week Year)} with EventBridge semantics, in UTC. Exactly one of
 * Day-of-month and Day-of-week is {@code ?}; the other decides the days.
 */
final class CronExpression implements ScheduleExpression {

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final Predicate<LocalDate> days;
    private final BitSet months;
    private final BitSet years;

    private CronExpression(String expression, BitSet minutes, BitSet hours, Predicate<LocalDate> days, BitSet months,
            BitSet years) {
        this.expression = expression;
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.years = years;
    }

    static CronExpression parse(String expression) {
        String body = expression.substring("cron(".length(), expression.length() - 1).trim();
        String[] fields = body.isEmpty() ? new String[0] : body.split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("a cron expression has 6 fields (Minutes Hours Day-of-month Month "
                    + "Day-of-week Year), got " + fields.length);
        }
        String dayOfMonth = fields[2];
        String dayOfWeek = fields[4];
        boolean noDayOfMonth = dayOfMonth.equals("?");
        boolean noDayOfWeek = dayOfWeek.equals("?");
        if (noDayOfMonth == noDayOfWeek) {
            throw new IllegalArgumentException(noDayOfMonth
                    ? "Day-of-month and Day-of-week cannot both be '?'; one of them must give the days"
                    : "one of Day-of-month ('" + dayOfMonth + "') and Day-of-week ('" + dayOfWeek + "') must be '?'");
        }
        Predicate<LocalDate> days = noDayOfWeek
                ? DaysOfMonth.parse(dayOfMonth)::matches
                : DaysOfWeek.parse(dayOfWeek)::matches;
        return new CronExpression(expression,
                CronField.MINUTES.parse(fields[0]),
                CronField.HOURS.parse(fields[1]),
                days,
                CronField.MONTH.parse(fields[3]),
                CronField.YEAR.parse(fields[5]));
    }

    @Override
    public String expression() {
        return expression;
    }

    @Override
    public Instant nextFireAfter(Instant after) {
        LocalDateTime candidate =
                LocalDateTime.ofInstant(after, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        while (true) {
            int year = years.nextSetBit(Math.max(candidate.getYear(), 0));
            if (year < 0) {
                throw new NoSuchElementException(expression + " does not fire after " + after);
            }
            if (year != candidate.getYear()) {
                candidate = LocalDate.of(year, 1, 1).atStartOfDay();
            } else if (!months.get(candidate.getMonthValue())) {
                candidate = candidate.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!days.test(candidate.toLocalDate())) {
                candidate = candidate.toLocalDate().plusDays(1).atStartOfDay();
            } else {
                Optional<LocalTime> time = firstTimeFrom(candidate.toLocalTime());
                if (time.isPresent()) {
                    return candidate.toLocalDate().atTime(time.get()).toInstant(ZoneOffset.UTC);
                }
                candidate = candidate.toLocalDate().plusDays(1).atStartOfDay();
            }
        }
    }

    /** The first firing minute of a day at or after {@code from}. */
    private Optional<LocalTime> firstTimeFrom(LocalTime from) {
        int hour = hours.nextSetBit(from.getHour());
        if (hour == from.getHour()) {
            int minute = minutes.nextSetBit(from.getMinute());
            if (minute >= 0) {
                return Optional.of(LocalTime.of(hour, minute));
            }
            hour = hours.nextSetBit(hour + 1);
        }
        return hour < 0 ? Optional.empty() : Optional.of(LocalTime.of(hour, minutes.nextSetBit(0)));
    }

    @Override
    public String toString() {
        return expression;
    }
}
