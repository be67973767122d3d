package com.instainstru.availability;

import com.instainstru.availability.schema.WeekSaveResponse;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.events.OutboxService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes one week under the instructor's lock: checks the client's version, plans the days (see
 * {@link WeekPlan}), writes only the changed ones, and records the outbox event and the audit entry in the
 * same transaction. Past edits are off by default ({@code instainstru.availability.allow-past=false}) so a
 * stale editor cannot rewrite history.
 */
@ApplicationScoped
public class WeekWriter {

    public static final String WEEK_SAVED = "availability.week_saved";

    private final AvailabilityDayRepository days;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Clock clock;
    private final boolean allowPast;

    public WeekWriter(AvailabilityDayRepository days, OutboxService outbox, AuditService audit, Clock clock,
            @ConfigProperty(name = "instainstru.availability.allow-past", defaultValue = "false") boolean allowPast) {
        this.days = days;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.allowPast = allowPast;
    }

    /** What the week should hold, and how to check it against what the client saw. */
    public record WeekEdit(LocalDate monday, Map<LocalDate, DayBits> payload, Map<LocalDate, DayBits> heads,
            boolean clearExisting, String clientVersion, boolean override) {
    }

    public Map<LocalDate, DayBits> currentWeek(String instructorId, LocalDate monday) {
        return days.findDays(instructorId, monday, monday.plusDays(6));
    }

    /** Must run inside a transaction holding {@link AvailabilityLock#lock}. */
    public WeekSaveResponse write(String instructorId, WeekEdit edit, LocalNow now) {
        Map<LocalDate, DayBits> current = currentWeek(instructorId, edit.monday());
        String currentVersion = WeekVersion.of(edit.monday(), current);
        if (edit.clientVersion() != null && !edit.override() && !edit.clientVersion().equals(currentVersion)) {
            throw new WeekVersionConflictException(currentVersion);
        }
        List<LocalDate> dates = IntStream.range(0, 7).mapToObj(edit.monday()::plusDays).toList();
        WeekPlan plan = WeekPlan.of(dates, current, edit.payload(), edit.heads(), edit.clearExisting(), now,
                allowPast);
        days.saveAll(instructorId, plan.writes(), clock.instant());
        Map<LocalDate, DayBits> after = new HashMap<>(current);
        after.putAll(plan.writes());
        String version = WeekVersion.of(edit.monday(), after);
        if (!plan.writes().isEmpty()) {
            record(instructorId, edit.monday(), plan, current, version);
        }
        return new WeekSaveResponse(version, plan.writes().size(), plan.editedDates(), plan.skippedDates(),
                plan.windowsCreated());
    }

    private void record(String instructorId, LocalDate monday, WeekPlan plan, Map<LocalDate, DayBits> before,
            String version) {
        outbox.emit(WEEK_SAVED, "instructor", instructorId, Map.of("instructorId", instructorId,
                "weekStart", monday.toString(), "editedDates", plan.editedDates().stream().map(LocalDate::toString)
                        .toList(), "version", version));
        Map<String, List<String>> was = new TreeMap<>();
        Map<String, List<String>> is = new TreeMap<>();
        plan.writes().forEach((date, bits) -> {
            was.put(date.toString(), windows(before.getOrDefault(date, DayBits.empty())));
            is.put(date.toString(), windows(bits));
        });
        audit.record(instructorId, WEEK_SAVED, new AuditedEntity("availability_week", instructorId + "/" + monday),
                was, is);
    }

    private static List<String> windows(DayBits bits) {
        return bits.windows().stream().map(TimeWindow::toString).toList();
    }
}
