package com.instainstru.bookings.reminders;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ReminderRepository {

    private final Jdbc jdbc;

    public ReminderRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the reminder of {@code kind} sent for every confirmed booking starting in [from, to) that has not
     * had it, and returns those bookings. One statement: two overlapping runs can never claim the same booking.
     */
    public List<DueReminder> claim(ReminderKind kind, Instant from, Instant to, Instant now) {
        // the column name comes from the enum, never from input
        return jdbc.query("UPDATE bookings SET " + kind.sentAtColumn() + " = ?, updated_at = ?"
                + " WHERE status = 'CONFIRMED' AND start_at >= ? AND start_at < ? AND " + kind.sentAtColumn()
                + " IS NULL RETURNING id, student_id, instructor_id, start_at",
                row -> new DueReminder(row.trimmed("id"), row.trimmed("student_id"), row.trimmed("instructor_id"),
                        row.instant("start_at")), now, now, from, to);
    }
}
