package com.instainstru.availability;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code availability_days}: one 180-byte row per instructor per local day. An empty day has no row. */
@ApplicationScoped
public class AvailabilityDayRepository {

    private final Jdbc jdbc;

    public AvailabilityDayRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored days from {@code from} to {@code to}, both included; days without a row are absent. */
    public Map<LocalDate, DayBits> findDays(String instructorId, LocalDate from, LocalDate to) {
        Map<LocalDate, DayBits> days = new LinkedHashMap<>();
        jdbc.query("""
                SELECT day_date, bits FROM availability_days
                 WHERE instructor_id = ? AND day_date BETWEEN ? AND ?
                 ORDER BY day_date
                """, row -> days.put(row.date("day_date"), DayBits.of(row.bytes("bits"))), instructorId, from, to);
        return days;
    }

    /**
     * Writes the given days in at most two statements: non-empty days are upserted, empty days lose their row.
     * Dates and bits travel as text arrays (ISO dates, hex bytes).
     */
    public void saveAll(String instructorId, Map<LocalDate, DayBits> days, Instant now) {
        List<String> emptied = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> bits = new ArrayList<>();
        days.forEach((date, day) -> {
            if (day.isEmpty()) {
                emptied.add(date.toString());
            } else {
                dates.add(date.toString());
                bits.add(HexFormat.of().formatHex(day.toBytes()));
            }
        });
        if (!emptied.isEmpty()) {
            jdbc.update("DELETE FROM availability_days WHERE instructor_id = ? AND day_date = ANY (?::date[])",
                    instructorId, emptied.toArray(String[]::new));
        }
        if (!dates.isEmpty()) {
            jdbc.update("""
                    INSERT INTO availability_days (instructor_id, day_date, bits, updated_at)
                    SELECT ?, day::date, decode(hex, 'hex'), ? FROM unnest(?::text[], ?::text[]) AS d (day, hex)
                    ON CONFLICT (instructor_id, day_date) DO UPDATE
                       SET bits = EXCLUDED.bits, updated_at = EXCLUDED.updated_at
                    """, instructorId, now, dates.toArray(String[]::new), bits.toArray(String[]::new));
        }
    }

    /**
     * Takes the instructor's availability lock (transaction-level advisory lock on {@code availability:<id>},
     * released at commit) and reads the time zone in the same round trip; empty for an unknown user. Must run
     * inside a transaction.
     */
    public Optional<String> lockAndReadTimeZone(String instructorId) {
        return jdbc.queryOne("""
                SELECT u.time_zone FROM pg_advisory_xact_lock(hashtextextended('availability:' || ?, 0)) AS l,
                       users u
                 WHERE u.id = ?
                """, row -> row.string("time_zone"), instructorId, instructorId);
    }

    /** The instructor's time zone ({@code users.time_zone}); empty for an unknown user. */
    public Optional<String> timeZone(String instructorId) {
        return jdbc.queryOne("SELECT time_zone FROM users WHERE id = ?", row -> row.string("time_zone"), instructorId);
    }
}
