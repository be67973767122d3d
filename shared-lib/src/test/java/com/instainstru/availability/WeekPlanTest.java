package com.instainstru.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WeekPlanTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");
    private static final List<LocalDate> WEEK = IntStream.range(0, 7).mapToObj(MONDAY::plusDays).toList();
    private static final DayBits MORNING = DayBits.of(List.of(new TimeWindow(540, 720)));
    private static final DayBits AFTERNOON = DayBits.of(List.of(new TimeWindow(840, 1140)));
    private static final LocalNow BEFORE_THE_WEEK = new LocalNow(MONDAY.minusDays(3), 600);

    @Test
    void clearExistingEmptiesTheDaysAbsentFromThePayload() {
        Map<LocalDate, DayBits> current = Map.of(MONDAY, MORNING, MONDAY.plusDays(2), MORNING);

        WeekPlan plan = WeekPlan.of(WEEK, current, Map.of(MONDAY, AFTERNOON), Map.of(), true, BEFORE_THE_WEEK, false);

        assertThat(plan.writes()).containsOnlyKeys(MONDAY, MONDAY.plusDays(2));
        assertThat(plan.writes().get(MONDAY)).isEqualTo(AFTERNOON);
        assertThat(plan.writes().get(MONDAY.plusDays(2)).isEmpty()).isTrue();
    }

    @Test
    void withoutClearExistingAbsentDaysAreKept() {
        Map<LocalDate, DayBits> current = Map.of(MONDAY, MORNING, MONDAY.plusDays(2), MORNING);

        WeekPlan plan = WeekPlan.of(WEEK, current, Map.of(MONDAY, AFTERNOON), Map.of(), false, BEFORE_THE_WEEK, false);

        assertThat(plan.writes()).containsOnlyKeys(MONDAY);
    }

    @Test
    void unchangedDaysAreNotWritten() {
        WeekPlan plan = WeekPlan.of(WEEK, Map.of(MONDAY, MORNING), Map.of(MONDAY, MORNING), Map.of(), true,
                BEFORE_THE_WEEK, false);

        assertThat(plan.writes()).isEmpty();
        assertThat(plan.windowsCreated()).isZero();
    }

    @Test
    void overnightHeadsAreAddedToTheNextDay() {
        DayBits head = DayBits.of(List.of(new TimeWindow(0, 120)));

        WeekPlan cleared = WeekPlan.of(WEEK, Map.of(MONDAY.plusDays(1), AFTERNOON), Map.of(),
                Map.of(MONDAY.plusDays(1), head), true, BEFORE_THE_WEEK, false);
        WeekPlan kept = WeekPlan.of(WEEK, Map.of(MONDAY.plusDays(1), AFTERNOON), Map.of(),
                Map.of(MONDAY.plusDays(1), head), false, BEFORE_THE_WEEK, false);

        assertThat(cleared.writes().get(MONDAY.plusDays(1))).isEqualTo(head);
        assertThat(kept.writes().get(MONDAY.plusDays(1))).isEqualTo(head.or(AFTERNOON));
    }

    @Test
    void pastDaysAreSkippedAndReportedOnlyWhenTheyWouldChange() {
        LocalNow wednesdayNoon = new LocalNow(MONDAY.plusDays(2), 720);
        Map<LocalDate, DayBits> current = Map.of(MONDAY, MORNING, MONDAY.plusDays(1), MORNING);

        WeekPlan plan = WeekPlan.of(WEEK, current, Map.of(MONDAY, AFTERNOON, MONDAY.plusDays(1), MORNING,
                MONDAY.plusDays(3), AFTERNOON), Map.of(), false, wednesdayNoon, false);

        assertThat(plan.skippedDates()).containsExactly(MONDAY);
        assertThat(plan.writes()).containsOnlyKeys(MONDAY.plusDays(3));
    }

    @Test
    void pastDaysAreWrittenWhenPastEditsAreAllowed() {
        LocalNow wednesdayNoon = new LocalNow(MONDAY.plusDays(2), 720);

        WeekPlan plan = WeekPlan.of(WEEK, Map.of(), Map.of(MONDAY, AFTERNOON, MONDAY.plusDays(2), MORNING), Map.of(),
                false, wednesdayNoon, true);

        assertThat(plan.skippedDates()).isEmpty();
        assertThat(plan.writes()).containsEntry(MONDAY, AFTERNOON).containsEntry(MONDAY.plusDays(2), MORNING);
    }

    @Test
    void onTodayTheMinutesBeforeNowKeepTheirStoredValue() {
        LocalDate today = MONDAY.plusDays(2);
        LocalNow tenThirty = new LocalNow(today, 630);

        WeekPlan plan = WeekPlan.of(WEEK, Map.of(today, MORNING), Map.of(today, AFTERNOON), Map.of(), false,
                tenThirty, false);

        // 09:00-10:30 stays (already past), 10:30-12:00 is removed, 14:00-19:00 is added.
        assertThat(plan.writes().get(today).windows())
                .containsExactly(new TimeWindow(540, 630), new TimeWindow(840, 1140));
        assertThat(plan.windowsCreated()).isEqualTo(2);
    }

    @Test
    void aChangeOnlyBeforeNowOnTodayWritesNothing() {
        LocalDate today = MONDAY;
        WeekPlan plan = WeekPlan.of(WEEK, Map.of(), Map.of(today, MORNING), Map.of(), true,
                new LocalNow(today, 720), false);

        assertThat(plan.writes()).isEmpty();
        assertThat(plan.skippedDates()).isEmpty();
    }
}
