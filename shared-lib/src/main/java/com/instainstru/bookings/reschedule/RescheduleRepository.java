package com.instainstru.bookings.reschedule;

import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** The booking a reschedule replaces: read, locked, and marked replaced. */
@ApplicationScoped
public class RescheduleRepository {

    private static final String COLUMNS = """
            SELECT id, student_id, instructor_id, instructor_service_id, duration_minutes, location_type,
                   location_address, location_lat, location_lng, location_place_id, meeting_location, student_note,
                   status, start_at, reschedule_count, late_reschedule_used, locked_at
              FROM bookings
             WHERE id = ?
            """;

    private static final RowMapper<ReschedulableBooking> BOOKING = row -> new ReschedulableBooking(row.trimmed("id"),
            row.trimmed("student_id"), row.trimmed("instructor_id"), row.trimmed("instructor_service_id"),
            row.integer("duration_minutes"), row.string("location_type"), row.string("location_address"),
            row.doubleValue("location_lat"), row.doubleValue("location_lng"), row.string("location_place_id"),
            row.string("meeting_location"), row.string("student_note"), BookingStatus.valueOf(row.string("status")),
            row.instant("start_at"), row.integer("reschedule_count"), row.bool("late_reschedule_used"),
            row.instant("locked_at"));

    private final Jdbc jdbc;

    public RescheduleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReschedulableBooking> find(String bookingId) {
        return jdbc.queryOne(COLUMNS, BOOKING, bookingId);
    }

    /** Reads and locks the row until the transaction ends, as cancellation and completion do. */
    public Optional<ReschedulableBooking> lock(String bookingId) {
        return jdbc.queryOne(COLUMNS + " FOR UPDATE", BOOKING, bookingId);
    }

    /**
     * Cancels the booking without a policy decision (no {@code booking_cancellations} row: nothing is settled, the
     * payment moves to the replacement) and counts the reschedule on it.
     */
    public void markReplaced(String bookingId, String studentId, Instant now) {
        jdbc.update("""
                UPDATE bookings
                   SET status = ?, cancelled_at = ?, cancelled_by_id = ?, cancellation_reason = 'Rescheduled',
                       reschedule_count = reschedule_count + 1, updated_at = ?
                 WHERE id = ?
                """, BookingStatus.CANCELLED, now, studentId, now, bookingId);
    }
}
