package com.instainstru.availability;

import com.instainstru.availability.schema.AvailabilityWindow;
import com.instainstru.availability.schema.DayAvailability;
import com.instainstru.availability.schema.WeekResponse;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Reads an instructor's own week: 7 days with windows and base64 bits, and the week's version. */
@ApplicationScoped
public class AvailabilityWeekService {

    private final AvailabilityDayRepository days;

    public AvailabilityWeekService(AvailabilityDayRepository days) {
        this.days = days;
    }

    /** {@code startDate} as sent in the query string ({@code start_date}); it must be a Monday. */
    public WeekResponse week(String instructorId, String startDate) {
        LocalDate monday = WeekDates.parse("start_date", startDate);
        WeekDates.monday(FieldRules.check(), "start_date", monday).orThrow();
        return week(instructorId, monday);
    }

    public WeekResponse week(String instructorId, LocalDate monday) {
        Map<LocalDate, DayBits> stored = days.findDays(instructorId, monday, monday.plusDays(6));
        List<DayAvailability> week = IntStream.range(0, 7).mapToObj(monday::plusDays)
                .map(date -> day(date, stored.getOrDefault(date, DayBits.empty())))
                .toList();
        return new WeekResponse(monday, WeekVersion.of(monday, stored), week);
    }

    private static DayAvailability day(LocalDate date, DayBits bits) {
        List<AvailabilityWindow> windows = bits.windows().stream()
                .map(window -> new AvailabilityWindow(window.start(), window.end()))
                .toList();
        return new DayAvailability(date, windows, bits.toBase64());
    }
}
