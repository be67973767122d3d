package com.instainstru.availability;

import static com.instainstru.availability.WeekSaveServiceTest.NEXT_MONDAY;
import static com.instainstru.availability.WeekSaveServiceTest.THIS_MONDAY;
import static com.instainstru.availability.WeekSaveServiceTest.day;
import static com.instainstru.availability.WeekSaveServiceTest.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.availability.schema.ApplyToDateRangeRequest;
import com.instainstru.availability.schema.ApplyToDateRangeResponse;
import com.instainstru.availability.schema.CopyWeekRequest;
import com.instainstru.availability.schema.WeekResponse;
import com.instainstru.availability.schema.WeekSaveResponse;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekCopyServiceTest {

    private final AvailabilityTestKit kit = new AvailabilityTestKit();

    private static List<String> windows(WeekResponse week, int dayIndex) {
        return week.days().get(dayIndex).windows().stream().map(w -> w.start() + "-" + w.end()).toList();
    }

    private User instructorWithAPattern() {
        User instructor = kit.instructor();
        kit.saves.save(instructor.id(), week(NEXT_MONDAY, day(NEXT_MONDAY, "09:00", "12:00"),
                day(NEXT_MONDAY.plusDays(2), "14:00", "19:00"), day(NEXT_MONDAY.plusDays(5), "08:00", "11:00")),
                null, false);
        return instructor;
    }

    @Test
    void copiesAWeekAndClearsTheTargetsOtherDays() {
        User instructor = instructorWithAPattern();
        LocalDate target = NEXT_MONDAY.plusWeeks(2);
        kit.saves.save(instructor.id(), week(target, day(target.plusDays(1), "06:00", "07:00")), null, false);

        WeekSaveResponse copied = kit.copies.copyWeek(instructor.id(), new CopyWeekRequest(NEXT_MONDAY, target));

        WeekResponse source = kit.weeks.week(instructor.id(), NEXT_MONDAY);
        WeekResponse result = kit.weeks.week(instructor.id(), target);
        assertThat(copied.editedDates()).containsExactly(target, target.plusDays(1), target.plusDays(2),
                target.plusDays(5));
        assertThat(windows(result, 1)).isEmpty();
        for (int i = 0; i < 7; i++) {
            assertThat(result.days().get(i).bits()).isEqualTo(source.days().get(i).bits());
        }
        assertThat(result.version()).isEqualTo(source.version()).isEqualTo(copied.version());
    }

    @Test
    void copyingOntoTheCurrentWeekSkipsItsPastDays() {
        User instructor = instructorWithAPattern();

        WeekSaveResponse copied = kit.copies.copyWeek(instructor.id(), new CopyWeekRequest(NEXT_MONDAY, THIS_MONDAY));

        assertThat(copied.skippedDates()).containsExactly(THIS_MONDAY, THIS_MONDAY.plusDays(2));
        assertThat(copied.editedDates()).containsExactly(THIS_MONDAY.plusDays(5));
        // Today (Saturday) from 09:00 local only.
        assertThat(windows(kit.weeks.week(instructor.id(), THIS_MONDAY), 5)).containsExactly("09:00-11:00");
    }

    @Test
    void appliesEachWeekdaysBitsAcrossARange() {
        User instructor = instructorWithAPattern();
        LocalDate start = NEXT_MONDAY.plusWeeks(1).plusDays(2); // a Wednesday
        LocalDate end = start.plusDays(13); // two weeks later, a Tuesday

        ApplyToDateRangeResponse applied = kit.copies.applyToDateRange(instructor.id(),
                new ApplyToDateRangeRequest(NEXT_MONDAY, start, end));

        assertThat(applied.weeksAffected()).isEqualTo(3);
        // Wednesdays, Saturdays and the one Monday in range.
        assertThat(applied.editedDates()).containsExactly(start, start.plusDays(3), start.plusDays(5),
                start.plusDays(7), start.plusDays(10), start.plusDays(12));
        assertThat(applied.daysWritten()).isEqualTo(6);
        assertThat(applied.windowsCreated()).isEqualTo(6);
        WeekResponse middle = kit.weeks.week(instructor.id(), NEXT_MONDAY.plusWeeks(2));
        WeekResponse source = kit.weeks.week(instructor.id(), NEXT_MONDAY);
        assertThat(middle.version()).isEqualTo(source.version());
        assertThat(windows(kit.weeks.week(instructor.id(), NEXT_MONDAY.plusWeeks(1)), 0)).as("before the range")
                .isEmpty();
    }

    @Test
    void applyingReplacesTheTargetDaysButLeavesDaysOutsideTheRange() {
        User instructor = instructorWithAPattern();
        LocalDate week = NEXT_MONDAY.plusWeeks(1);
        kit.saves.save(instructor.id(), week(week, day(week, "06:00", "07:00"), day(week.plusDays(3), "06:00",
                "07:00")), null, false);

        kit.copies.applyToDateRange(instructor.id(), new ApplyToDateRangeRequest(NEXT_MONDAY, week.plusDays(2),
                week.plusDays(3)));

        WeekResponse read = kit.weeks.week(instructor.id(), week);
        assertThat(windows(read, 0)).containsExactly("06:00-07:00");
        assertThat(windows(read, 2)).containsExactly("14:00-19:00");
        assertThat(windows(read, 3)).as("the source Thursday is empty").isEmpty();
    }

    @Test
    void aRangeMaySpanAYearAndNoMore() {
        User instructor = instructorWithAPattern();
        LocalDate start = NEXT_MONDAY.plusWeeks(1);

        ApplyToDateRangeResponse year = kit.copies.applyToDateRange(instructor.id(),
                new ApplyToDateRangeRequest(NEXT_MONDAY, start, start.plusDays(365)));
        assertThat(year.weeksAffected()).isEqualTo(53);

        assertThatThrownBy(() -> kit.copies.applyToDateRange(instructor.id(),
                new ApplyToDateRangeRequest(NEXT_MONDAY, start, start.plusDays(366))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("endDate", "max_range")));
        assertThatThrownBy(() -> kit.copies.applyToDateRange(instructor.id(),
                new ApplyToDateRangeRequest(NEXT_MONDAY, start, start.minusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("after_start"));
    }

    @Test
    void sourceAndTargetWeeksMustStartOnMondays() {
        User instructor = kit.instructor();

        assertThatThrownBy(() -> kit.copies.copyWeek(instructor.id(),
                new CopyWeekRequest(NEXT_MONDAY.plusDays(1), NEXT_MONDAY.plusDays(8))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("fromWeekStart", "toWeekStart"));
        assertThatThrownBy(() -> kit.copies.applyToDateRange(instructor.id(),
                new ApplyToDateRangeRequest(NEXT_MONDAY.minusDays(1), NEXT_MONDAY, NEXT_MONDAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("fromWeekStart", "monday")));
        assertThatThrownBy(() -> kit.copies.copyWeek(instructor.id(), new CopyWeekRequest(null, NEXT_MONDAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("required"));
    }
}
