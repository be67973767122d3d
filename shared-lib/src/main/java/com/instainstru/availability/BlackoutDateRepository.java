package com.instainstru.availability;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code blackout_dates}: at most one per instructor per date. */
@ApplicationScoped
public class BlackoutDateRepository {

    private static final RowMapper<BlackoutDate> BLACKOUT = row -> new BlackoutDate(row.trimmed("id"),
            row.trimmed("instructor_id"), row.date("blackout_date"), row.string("reason"));

    private final Jdbc jdbc;

    public BlackoutDateRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<BlackoutDate> findFrom(String instructorId, LocalDate from) {
        return jdbc.query("""
                SELECT id, instructor_id, blackout_date, reason FROM blackout_dates
                 WHERE instructor_id = ? AND blackout_date >= ?
                 ORDER BY blackout_date
                """, BLACKOUT, instructorId, from);
    }

    /** False when the instructor already has a blackout on that date. */
    public boolean insert(BlackoutDate blackout, Instant now) {
        return jdbc.update("""
                INSERT INTO blackout_dates (id, instructor_id, blackout_date, reason, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (instructor_id, blackout_date) DO NOTHING
                """, blackout.id(), blackout.instructorId(), blackout.date(), blackout.reason(), now) == 1;
    }

    /** Deletes the blackout only if it is the instructor's own; false otherwise. */
    public boolean delete(String instructorId, String blackoutId) {
        return jdbc.update("DELETE FROM blackout_dates WHERE id = ? AND instructor_id = ?",
                blackoutId, instructorId) == 1;
    }
}
