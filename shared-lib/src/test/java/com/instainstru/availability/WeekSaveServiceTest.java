package com.instainstru.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.availability.schema.AvailabilityWindow;
import com.instainstru.availability.schema.DaySchedule;
import com.instainstru.availability.schema.WeekResponse;
import com.instainstru.availability.schema.WeekSaveRequest;
import com.instainstru.availability.schema.WeekSaveResponse;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WeekSaveServiceTest {

    /** The week after the kit's "today" (Saturday 2026-11-28). */
    static final LocalDate NEXT_MONDAY = LocalDate.parse("2026-11-30");
    static final LocalDate THIS_MONDAY = LocalDate.parse("2026-11-23");

    private final AvailabilityTestKit kit = new AvailabilityTestKit();

    static DaySchedule day(LocalDate date, String... startEnd) {
        List<AvailabilityWindow> windows = new ArrayList<>();
        for (int i = 0; i < startEnd.length; i += 2) {
            windows.add(new AvailabilityWindow(startEnd[i], startEnd[i + 1]));
        }
        return new DaySchedule(date, windows, null);
    }

    static WeekSaveRequest week(LocalDate monday, DaySchedule... days) {
        return new WeekSaveRequest(monday, List.of(days), null, null, null);
    }

    private static List<String> windows(WeekResponse week, int dayIndex) {
        return week.days().get(dayIndex).windows().stream().map(w -> w.start() + "-" + w.end()).toList();
    }

    @Test
    void anEmptyWeekHasSevenEmptyDaysAndTheAllZeroVersion() {
        User instructor = kit.instructor();

        WeekResponse week = kit.weeks.week(instructor.id(), "2026-11-30");

        assertThat(week.days()).hasSize(7).allSatisfy(day -> assertThat(day.windows()).isEmpty());
        assertThat(week.days().get(0).date()).isEqualTo(NEXT_MONDAY);
        assertThat(week.days().get(6).date()).isEqualTo(NEXT_MONDAY.plusDays(6));
        assertThat(Base64.getDecoder().decode(week.days().get(3).bits())).hasSize(180).containsOnly(0);
        assertThat(week.version()).isEqualTo(WeekVersion.of(NEXT_MONDAY, java.util.Map.of()));
    }

    @Test
    void savesTheWeekAndReadsItBack() {
        User instructor = kit.instructor();

        WeekSaveResponse saved = kit.saves.save(instructor.id(), week(NEXT_MONDAY,
                day(NEXT_MONDAY, "09:00", "12:00", "14:00", "19:00"), day(NEXT_MONDAY.plusDays(5), "08:00", "24:00")),
                null, false);

        WeekResponse read = kit.weeks.week(instructor.id(), NEXT_MONDAY);
        assertThat(saved.daysWritten()).isEqualTo(2);
        assertThat(saved.windowsCreated()).isEqualTo(3);
        assertThat(saved.editedDates()).containsExactly(NEXT_MONDAY, NEXT_MONDAY.plusDays(5));
        assertThat(saved.skippedDates()).isEmpty();
        assertThat(saved.version()).isEqualTo(read.version());
        assertThat(windows(read, 0)).containsExactly("09:00-12:00", "14:00-19:00");
        assertThat(windows(read, 5)).containsExactly("08:00-24:00");
        assertThat(kit.count("SELECT count(*)::int AS n FROM availability_days WHERE instructor_id = ?",
                instructor.id())).isEqualTo(2);
    }

    @Test
    void acceptsBase64BitsAsWellAsWindows() {
        User instructor = kit.instructor();
        DayBits bits = DayBits.of(List.of(new TimeWindow(600, 615)));

        kit.saves.save(instructor.id(), week(NEXT_MONDAY, new DaySchedule(NEXT_MONDAY.plusDays(1), null,
                bits.toBase64())), null, false);

        assertThat(windows(kit.weeks.week(instructor.id(), NEXT_MONDAY), 1)).containsExactly("10:00-10:15");
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentOneUnlessOverridden() {
        User instructor = kit.instructor();
        String seen = kit.weeks.week(instructor.id(), NEXT_MONDAY).version();
        String afterA = kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY,
                List.of(day(NEXT_MONDAY, "09:00", "10:00")), null, seen, null), null, false).version();

        assertThatThrownBy(() -> kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY,
                List.of(day(NEXT_MONDAY, "11:00", "12:00")), null, seen, null), null, false))
                .isInstanceOfSatisfying(WeekVersionConflictException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("VERSION_CONFLICT");
                    assertThat(e.currentVersion()).isEqualTo(afterA);
                    assertThat(e.extensions()).containsEntry("currentVersion", afterA);
                });
        assertThat(windows(kit.weeks.week(instructor.id(), NEXT_MONDAY), 0)).containsExactly("09:00-10:00");

        WeekSaveResponse overridden = kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY,
                List.of(day(NEXT_MONDAY, "11:00", "12:00")), null, seen, true), null, false);
        assertThat(overridden.daysWritten()).isEqualTo(1);
        assertThat(windows(kit.weeks.week(instructor.id(), NEXT_MONDAY), 0)).containsExactly("11:00-12:00");
    }

    @Test
    void ifMatchTakesPrecedenceOverTheBodyVersion() {
        User instructor = kit.instructor();
        String current = kit.weeks.week(instructor.id(), NEXT_MONDAY).version();
        WeekSaveRequest staleBody = new WeekSaveRequest(NEXT_MONDAY, List.of(day(NEXT_MONDAY, "09:00", "10:00")),
                null, "0000000000000000000000000000000000000000", null);

        assertThat(kit.saves.save(instructor.id(), staleBody, "\"" + current + "\"", false).daysWritten()).isEqualTo(1);
        assertThatThrownBy(() -> kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY,
                List.of(day(NEXT_MONDAY, "10:00", "11:00")), null, null, null), "\"" + current + "\"", false))
                .isInstanceOf(WeekVersionConflictException.class);
        assertThat(kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY,
                List.of(day(NEXT_MONDAY, "10:00", "11:00")), null, null, null), "\"" + current + "\"", true)
                .daysWritten()).isEqualTo(1);
    }

    @Test
    void concurrentSavesFromTheSameVersionLetExactlyOneThrough() throws Exception {
        User instructor = kit.instructor();
        String seen = kit.weeks.week(instructor.id(), NEXT_MONDAY).version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> saves = List.of("09:00", "15:00").stream().<Callable<String>>map(start -> () -> {
            try {
                kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY, List.of(day(NEXT_MONDAY, start,
                        "16:30")), null, seen, null), null, false);
                return "saved";
            } catch (WeekVersionConflictException e) {
                return "conflict";
            }
        }).toList();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : pool.invokeAll(saves)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
    }

    @Test
    void clearExistingEmptiesAbsentDaysAndFalseKeepsThem() {
        User instructor = kit.instructor();
        kit.saves.save(instructor.id(), week(NEXT_MONDAY, day(NEXT_MONDAY, "09:00", "10:00"),
                day(NEXT_MONDAY.plusDays(1), "09:00", "10:00")), null, false);

        WeekSaveResponse kept = kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY,
                List.of(day(NEXT_MONDAY, "13:00", "14:00")), false, null, null), null, false);
        WeekResponse afterKeep = kit.weeks.week(instructor.id(), NEXT_MONDAY);
        assertThat(kept.editedDates()).containsExactly(NEXT_MONDAY);
        assertThat(windows(afterKeep, 1)).containsExactly("09:00-10:00");

        WeekSaveResponse cleared = kit.saves.save(instructor.id(), new WeekSaveRequest(NEXT_MONDAY,
                List.of(day(NEXT_MONDAY, "13:00", "14:00")), true, null, null), null, false);
        assertThat(cleared.editedDates()).containsExactly(NEXT_MONDAY.plusDays(1));
        assertThat(windows(kit.weeks.week(instructor.id(), NEXT_MONDAY), 1)).isEmpty();
        assertThat(kit.count("SELECT count(*)::int AS n FROM availability_days WHERE instructor_id = ?",
                instructor.id())).as("an emptied day keeps no row").isEqualTo(1);
    }

    @Test
    void anUnchangedSaveWritesNothingAndRecordsNoEvent() {
        User instructor = kit.instructor();
        WeekSaveRequest request = week(NEXT_MONDAY, day(NEXT_MONDAY, "09:00", "10:00"));
        WeekSaveResponse first = kit.saves.save(instructor.id(), request, null, false);

        WeekSaveResponse again = kit.saves.save(instructor.id(), request, null, false);

        assertThat(again.daysWritten()).isZero();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(kit.count("SELECT count(*)::int AS n FROM outbox_events WHERE event_type = ? AND aggregate_id = ?",
                WeekWriter.WEEK_SAVED, instructor.id())).isEqualTo(1);
    }

    @Test
    void aSaveRecordsTheOutboxEventAndTheAuditEntry() {
        User instructor = kit.instructor();

        WeekSaveResponse saved = kit.saves.save(instructor.id(), week(NEXT_MONDAY, day(NEXT_MONDAY, "09:00", "10:00")),
                null, false);

        String payload = kit.platform.jdbc.queryOne("""
                SELECT payload::text AS p FROM outbox_events WHERE event_type = ? AND aggregate_id = ?
                """, row -> row.string("p"), WeekWriter.WEEK_SAVED, instructor.id()).orElseThrow();
        assertThat(payload).contains(saved.version(), "2026-11-30");
        var entries = kit.audit.entriesAbout(new AuditedEntity("availability_week", instructor.id() + "/2026-11-30"));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).after().get("2026-11-30").get(0).asText()).isEqualTo("09:00-10:00");
        assertThat(entries.get(0).before().get("2026-11-30")).isEmpty();
    }

    @Test
    void pastDaysAreSkippedAndTodayKeepsTheMinutesBeforeNow() {
        User instructor = kit.instructor();
        LocalDate friday = THIS_MONDAY.plusDays(4);
        LocalDate saturday = THIS_MONDAY.plusDays(5); // today, 09:00 local

        WeekSaveResponse saved = kit.saves.save(instructor.id(), week(THIS_MONDAY, day(friday, "09:00", "12:00"),
                day(saturday, "08:00", "12:00"), day(saturday.plusDays(1), "10:00", "11:00")), null, false);

        WeekResponse read = kit.weeks.week(instructor.id(), THIS_MONDAY);
        assertThat(saved.skippedDates()).containsExactly(friday);
        assertThat(saved.editedDates()).containsExactly(saturday, saturday.plusDays(1));
        assertThat(windows(read, 4)).isEmpty();
        assertThat(windows(read, 5)).containsExactly("09:00-12:00");
        assertThat(windows(read, 6)).containsExactly("10:00-11:00");
    }

    @Test
    void pastDaysAreWrittenWhenAllowed() {
        AvailabilityTestKit permissive = new AvailabilityTestKit(true);
        User instructor = permissive.instructor();
        LocalDate friday = THIS_MONDAY.plusDays(4);

        WeekSaveResponse saved = permissive.saves.save(instructor.id(), week(THIS_MONDAY, day(friday, "09:00", "12:00"),
                day(friday.plusDays(1), "08:00", "12:00")), null, false);

        assertThat(saved.skippedDates()).isEmpty();
        assertThat(windows(permissive.weeks.week(instructor.id(), THIS_MONDAY), 5)).containsExactly("08:00-12:00");
    }

    @Test
    void todayIsTheInstructorsLocalDate() {
        // 14:00 UTC Saturday is already Sunday 03:00 in Sydney: Saturday is in the past there.
        User sydney = kit.instructor("Australia/Sydney");
        LocalDate saturday = THIS_MONDAY.plusDays(5);

        WeekSaveResponse saved = kit.saves.save(sydney.id(), week(THIS_MONDAY, day(saturday, "10:00", "11:00")),
                null, false);

        assertThat(saved.skippedDates()).containsExactly(saturday);
    }

    @Test
    void anOvernightWindowFillsTheNextMorning() {
        User instructor = kit.instructor();

        kit.saves.save(instructor.id(), week(NEXT_MONDAY, day(NEXT_MONDAY, "22:00", "02:00"),
                day(NEXT_MONDAY.plusDays(1), "09:00", "10:00")), null, false);

        WeekResponse read = kit.weeks.week(instructor.id(), NEXT_MONDAY);
        assertThat(windows(read, 0)).containsExactly("22:00-24:00");
        assertThat(windows(read, 1)).containsExactly("00:00-02:00", "09:00-10:00");
    }

    @Test
    void anOvernightWindowOnSundayIsRefused() {
        User instructor = kit.instructor();

        assertThatThrownBy(() -> kit.saves.save(instructor.id(), week(NEXT_MONDAY,
                day(NEXT_MONDAY.plusDays(6), "22:00", "02:00")), null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("days[0].windows",
                                "overnight_beyond_week")));
    }

    @Test
    void aWeekMustStartOnAMondayAndItsDaysFallInside() {
        User instructor = kit.instructor();

        assertThatThrownBy(() -> kit.saves.save(instructor.id(), week(NEXT_MONDAY.plusDays(1)), null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("weekStart", "monday")));
        assertThatThrownBy(() -> kit.weeks.week(instructor.id(), "2026-12-01"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("start_date"));
        assertThatThrownBy(() -> kit.weeks.week(instructor.id(), "next monday"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("date"));
        assertThatThrownBy(() -> kit.saves.save(instructor.id(), week(NEXT_MONDAY,
                day(NEXT_MONDAY.plusDays(7), "09:00", "10:00"), day(NEXT_MONDAY.minusDays(1), "09:00", "10:00")),
                null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("days[0].date", "in_week"),
                                org.assertj.core.groups.Tuple.tuple("days[1].date", "in_week")));
    }

    @Test
    void anInvalidDayLeavesTheWholeWeekUntouched() {
        User instructor = kit.instructor();
        kit.saves.save(instructor.id(), week(NEXT_MONDAY, day(NEXT_MONDAY, "09:00", "10:00")), null, false);

        assertThatThrownBy(() -> kit.saves.save(instructor.id(), week(NEXT_MONDAY, day(NEXT_MONDAY.plusDays(1),
                "09:00", "10:00"), day(NEXT_MONDAY.plusDays(2), "09:00", "9:30")), null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("days[1].windows[0].end"));
        assertThatThrownBy(() -> kit.saves.save(instructor.id(), week(NEXT_MONDAY, day(NEXT_MONDAY, "09:00", "10:00"),
                day(NEXT_MONDAY, "11:00", "12:00")), null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("days[1].date", "unique")));
        assertThatThrownBy(() -> kit.saves.save(instructor.id(), week(NEXT_MONDAY,
                new DaySchedule(NEXT_MONDAY, List.of(), "AAAA"), new DaySchedule(NEXT_MONDAY.plusDays(1), null, "AAAA")),
                null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("days[0]", "windows_or_bits")));

        WeekResponse read = kit.weeks.week(instructor.id(), NEXT_MONDAY);
        assertThat(windows(read, 0)).containsExactly("09:00-10:00");
        assertThat(windows(read, 1)).isEmpty();
    }

    @Test
    void aDstWeekStillHas1440MinutesEveryLocalDay() {
        User instructor = kit.instructor();
        // 2027-03-14: New York springs forward (02:00-03:00 does not exist); 2027-11-07: falls back.
        LocalDate springMonday = LocalDate.parse("2027-03-08");
        LocalDate fallMonday = LocalDate.parse("2027-11-01");

        kit.saves.save(instructor.id(), week(springMonday, day(springMonday.plusDays(6), "00:00", "24:00")), null,
                false);
        kit.saves.save(instructor.id(), week(fallMonday, day(fallMonday.plusDays(6), "01:00", "02:00")), null,
                false);

        assertThat(windows(kit.weeks.week(instructor.id(), springMonday), 6)).containsExactly("00:00-24:00");
        assertThat(Base64.getDecoder().decode(kit.weeks.week(instructor.id(), springMonday).days().get(6).bits()))
                .hasSize(180).containsOnly(-1);
        assertThat(windows(kit.weeks.week(instructor.id(), fallMonday), 6)).containsExactly("01:00-02:00");
    }
}
