package com.instainstru.availability;

import com.instainstru.availability.WeekWriter.WeekEdit;
import com.instainstru.availability.schema.DaySchedule;
import com.instainstru.availability.schema.WeekSaveRequest;
import com.instainstru.availability.schema.WeekSaveResponse;
import com.instainstru.platform.validation.FieldRules;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves an instructor's week atomically: the 7 days in one transaction under the instructor's lock, with
 * the optimistic version check (If-Match wins over the body's version; override skips it).
 */
@ApplicationScoped
public class WeekSaveService {

    private final WeekWriter writer;
    private final AvailabilityLock lock;
    private final Transactions tx;

    public WeekSaveService(WeekWriter writer, AvailabilityLock lock, Transactions tx) {
        this.writer = writer;
        this.lock = lock;
        this.tx = tx;
    }

    public WeekSaveResponse save(String instructorId, WeekSaveRequest request, String ifMatch, boolean overrideParam) {
        FieldRules.requireBody(request);
        WeekEdit edit = edit(request, WeekVersion.fromIfMatch(ifMatch), overrideParam);
        return tx.call(() -> writer.write(instructorId, edit, lock.lock(instructorId)));
    }

    private static WeekEdit edit(WeekSaveRequest request, String ifMatchVersion, boolean overrideParam) {
        LocalDate monday = request.weekStart();
        FieldRules rules = WeekDates.monday(FieldRules.check(), "weekStart", monday)
                .required("days", request.days());
        rules.orThrow();
        Map<LocalDate, DayBits> payload = new HashMap<>();
        Map<LocalDate, DayBits> heads = new HashMap<>();
        List<DaySchedule> days = request.days();
        for (int i = 0; i < days.size(); i++) {
            readDay(rules, "days[" + i + "]", days.get(i), monday, payload, heads);
        }
        rules.orThrow();
        String version = ifMatchVersion != null ? ifMatchVersion : blankToNull(request.version());
        boolean override = overrideParam || Boolean.TRUE.equals(request.override());
        boolean clearExisting = request.clearExisting() == null || request.clearExisting();
        return new WeekEdit(monday, payload, heads, clearExisting, version, override);
    }

    private static void readDay(FieldRules rules, String field, DaySchedule day, LocalDate monday,
            Map<LocalDate, DayBits> payload, Map<LocalDate, DayBits> heads) {
        if (day == null || day.date() == null) {
            rules.rule(false, field + ".date", "required", field + ".date is required");
            return;
        }
        LocalDate date = day.date();
        boolean inWeek = !date.isBefore(monday) && date.isBefore(monday.plusDays(7));
        rules.rule(inWeek, field + ".date", "in_week", field + ".date must fall in the week of weekStart");
        rules.rule(!payload.containsKey(date), field + ".date", "unique", field + ".date appears twice");
        rules.rule(day.windows() == null ^ day.bits() == null, field, "windows_or_bits",
                field + " needs either windows or bits, not both");
        if (!inWeek || payload.containsKey(date) || rules.hasViolations()) {
            return;
        }
        if (day.bits() != null) {
            DayBits bits = DayBits.fromBase64OrNull(day.bits());
            rules.rule(bits != null, field + ".bits", "bitmap",
                    field + ".bits must be base64 of " + DayBits.BYTES + " bytes");
            payload.put(date, bits == null ? DayBits.empty() : bits);
            return;
        }
        WindowParser.ParsedDay parsed = WindowParser.parse(field + ".windows", day.windows());
        payload.put(date, parsed.day());
        if (!parsed.nextDay().isEmpty()) {
            LocalDate next = date.plusDays(1);
            rules.rule(next.isBefore(monday.plusDays(7)), field + ".windows", "overnight_beyond_week",
                    "An overnight window on Sunday would spill into the next week; save it there as 00:00-HH:MM");
            heads.merge(next, parsed.nextDay(), DayBits::or);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
