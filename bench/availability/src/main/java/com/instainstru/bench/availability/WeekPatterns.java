package com.instainstru.bench.availability;

import com.instainstru.availability.schema.AvailabilityWindow;
import com.instainstru.availability.schema.DaySchedule;
import com.instainstru.availability.schema.WeekSaveRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The realistic week of the issue: 09:00-12:00 and 14:00-19:00 Monday to Friday and one weekend morning
 * (09:00-12:00 Saturday), and its shifted twin (10:00-13:00, 15:00-20:00, Sunday morning), so that saving
 * one after the other changes all 7 days.
 */
final class WeekPatterns {

    private WeekPatterns() {
    }

    static WeekSaveRequest realistic(LocalDate monday) {
        return week(monday, 0, 5);
    }

    static WeekSaveRequest shifted(LocalDate monday) {
        return week(monday, 60, 6);
    }

    /** A one-day edit of the realistic week: Wednesday afternoon ends an hour later. */
    static WeekSaveRequest oneDayEdit(LocalDate monday, boolean later) {
        List<DaySchedule> days = new ArrayList<>(realistic(monday).days());
        days.set(2, new DaySchedule(monday.plusDays(2), List.of(window(540, 720), window(840, later ? 1200 : 1140)),
                null));
        return new WeekSaveRequest(monday, days, true, null, null);
    }

    private static WeekSaveRequest week(LocalDate monday, int shift, int weekendDay) {
        List<DaySchedule> days = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            days.add(new DaySchedule(monday.plusDays(i),
                    List.of(window(540 + shift, 720 + shift), window(840 + shift, 1140 + shift)), null));
        }
        days.add(new DaySchedule(monday.plusDays(weekendDay), List.of(window(540, 720)), null));
        return new WeekSaveRequest(monday, days, true, null, null);
    }

    private static AvailabilityWindow window(int start, int end) {
        return new AvailabilityWindow(String.format("%02d:%02d", start / 60, start % 60),
                String.format("%02d:%02d", end / 60, end % 60));
    }
}
