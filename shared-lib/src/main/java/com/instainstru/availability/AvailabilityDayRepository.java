package com.instainstru.availability;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

    /** Writes the day, or removes its row when it is empty. */
    public void save(String instructorId, LocalDate date, DayBits bits, Instant now) {
        if (bits.isEmpty()) {
            jdbc.update("DELETE FROM availability_days WHERE instructor_id = ? AND day_date = ?", instructorId, date);
            return;
        }
        jdbc.update("""
                INSERT INTO availability_days (instructor_id, day_date, bits, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (instructor_id, day_date) DO UPDATE SET bits = EXCLUDED.bits, updated_at = EXCLUDED.updated_at
                """, instructorId, date, bits.toBytes(), now);
    }

    /** The instructor's time zone ({@code users.time_zone}); empty for an unknown user. */
    public Optional<String> timeZone(String instructorId) {
        return jdbc.queryOne("SELECT time_zone FROM users WHERE id = ?", row -> row.string("time_zone"), instructorId);
    }
}
