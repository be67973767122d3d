package com.instainstru.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * "Now" on an instructor's own calendar: the local date and the minute of that day. The minute counts wall
 * clock minutes (hour * 60 + minute), the same way the day's bits do, also on DST change days.
 */
public record LocalNow(LocalDate today, int minute) {

    public static LocalNow at(Clock clock, ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), zone);
        return new LocalNow(now.toLocalDate(), now.getHour() * 60 + now.getMinute());
    }
}
