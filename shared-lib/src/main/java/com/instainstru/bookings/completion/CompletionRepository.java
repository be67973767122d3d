package com.instainstru.bookings.completion;

import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompletionRepository {

    private final Jdbc jdbc;

    public CompletionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inside a transaction: the booking, its row locked until the transaction ends. */
    public Optional<CompletableBooking> lock(String bookingId) {
        return jdbc.queryOne("SELECT id, instructor_id, status, end_at FROM bookings WHERE id = ? FOR UPDATE",
                row -> new CompletableBooking(row.trimmed("id"), row.trimmed("instructor_id"),
                        BookingStatus.valueOf(row.string("status")), row.instant("end_at")), bookingId);
    }

    public void markCompleted(String bookingId, Instant now) {
        jdbc.update("UPDATE bookings SET status = 'COMPLETED', completed_at = ?, updated_at = ? WHERE id = ?",
                now, now, bookingId);
    }

    /**
     * Completes every CONFIRMED booking that ended at or before {@code endedBy} and returns their ids. One
     * statement, so overlapping runs never complete a booking twice.
     */
    public List<String> completeEndedBy(Instant endedBy, Instant now) {
        return jdbc.query("""
                UPDATE bookings SET status = 'COMPLETED', completed_at = ?, updated_at = ?
                 WHERE status = 'CONFIRMED' AND end_at <= ?
                RETURNING id
                """, row -> row.trimmed("id"), now, now, endedBy);
    }
}
