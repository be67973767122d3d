package com.instainstru.availability;

import com.instainstru.availability.WeekWriter.WeekEdit;
import com.instainstru.availability.schema.ApplyToDateRangeRequest;
import com.instainstru.availability.schema.ApplyToDateRangeResponse;
import com.instainstru.availability.schema.CopyWeekRequest;
import com.instainstru.availability.schema.WeekSaveResponse;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-uses a week: copies it onto another week (a save of all 7 days with clear-existing), or gives each day
 * of a date range the bits of the same weekday. Both run in one transaction under the instructor's lock and
 * follow the save's past-day and same-day rules.
 */
@ApplicationScoped
public class WeekCopyService {

    /** The longest range a pattern may be applied to, in days after the start date. */
    static final long MAX_RANGE_DAYS = 365;

    private final WeekWriter writer;
    private final AvailabilityLock lock;
    private final Transactions tx;

    public WeekCopyService(WeekWriter writer, AvailabilityLock lock, Transactions tx) {
        this.writer = writer;
        this.lock = lock;
        this.tx = tx;
    }

    public WeekSaveResponse copyWeek(String instructorId, CopyWeekRequest request) {
        FieldRules.requireBody(request);
        FieldRules rules = WeekDates.monday(FieldRules.check(), "fromWeekStart", request.fromWeekStart());
        WeekDates.monday(rules, "toWeekStart", request.toWeekStart()).orThrow();
        return tx.call(() -> {
            LocalNow now = lock.lock(instructorId);
            Map<LocalDate, DayBits> source = writer.currentWeek(instructorId, request.fromWeekStart());
            Map<LocalDate, DayBits> payload = new LinkedHashMap<>();
            source.forEach((date, bits) -> payload.put(shift(date, request.fromWeekStart(), request.toWeekStart()),
                    bits));
            return writer.write(instructorId, new WeekEdit(request.toWeekStart(), payload, Map.of(), true, null, true),
                    now);
        });
    }

    public ApplyToDateRangeResponse applyToDateRange(String instructorId, ApplyToDateRangeRequest request) {
        FieldRules.requireBody(request);
        FieldRules rules = WeekDates.monday(FieldRules.check(), "fromWeekStart", request.fromWeekStart())
                .required("startDate", request.startDate())
                .required("endDate", request.endDate());
        rules.orThrow();
        long days = ChronoUnit.DAYS.between(request.startDate(), request.endDate());
        rules.rule(days >= 0, "endDate", "after_start", "endDate must not be before startDate")
                .rule(days <= MAX_RANGE_DAYS, "endDate", "max_range", "The range may span at most one year")
                .orThrow();
        return tx.call(() -> apply(instructorId, request, lock.lock(instructorId)));
    }

    private ApplyToDateRangeResponse apply(String instructorId, ApplyToDateRangeRequest request, LocalNow now) {
        Map<LocalDate, DayBits> source = writer.currentWeek(instructorId, request.fromWeekStart());
        List<LocalDate> edited = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        int written = 0;
        int windows = 0;
        int weeks = 0;
        LocalDate monday = request.startDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(request.endDate()); monday = monday.plusWeeks(1)) {
            Map<LocalDate, DayBits> payload = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                if (!date.isBefore(request.startDate()) && !date.isAfter(request.endDate())) {
                    payload.put(date, source.getOrDefault(request.fromWeekStart().plusDays(i), DayBits.empty()));
                }
            }
            WeekSaveResponse week = writer.write(instructorId, new WeekEdit(monday, payload, Map.of(), false, null,
                    true), now);
            edited.addAll(week.editedDates());
            skipped.addAll(week.skippedDates());
            written += week.daysWritten();
            windows += week.windowsCreated();
            weeks += week.daysWritten() > 0 ? 1 : 0;
        }
        return new ApplyToDateRangeResponse(written, weeks, edited, skipped, windows);
    }

    private static LocalDate shift(LocalDate date, LocalDate from, LocalDate to) {
        return to.plusDays(ChronoUnit.DAYS.between(from, date));
    }
}
