package com.instainstru.bookings.listing;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads bookings for their participants. "Upcoming" is a booking that can still happen: it has not ended
 * and is PENDING or CONFIRMED; every other booking is "past" (ended, cancelled, completed, failed, no-show).
 */
@ApplicationScoped
public class BookingListRepository {

    private static final String SELECT = """
            SELECT b.id, b.status, b.service_name, b.booking_date,
                   to_char(b.start_time, 'HH24:MI') AS start_hhmm, to_char(b.end_time, 'HH24:MI') AS end_hhmm,
                   b.lesson_time_zone, b.start_at, b.end_at, b.duration_minutes, b.location_type,
                   b.location_address, b.meeting_location, b.hourly_rate_cents, b.total_price_cents,
                   b.student_id, s.first_name AS student_first, s.last_name AS student_last,
                   b.instructor_id, i.first_name AS instructor_first, i.last_name AS instructor_last,
                   b.student_note, b.instructor_note, b.created_at, b.confirmed_at, b.completed_at, b.cancelled_at,
                   count(*) OVER () AS total
              FROM bookings b
              JOIN users s ON s.id = b.student_id
              JOIN users i ON i.id = b.instructor_id
            """;
    private static final String UPCOMING = "b.end_at > ? AND b.status IN ('PENDING', 'CONFIRMED')";
    private static final String PAST = "NOT (b.end_at > ? AND b.status IN ('PENDING', 'CONFIRMED'))";

    private static final RowMapper<ListedBooking> BOOKING = row -> new ListedBooking(row.trimmed("id"),
            row.string("status"), row.string("service_name"), row.date("booking_date"), row.string("start_hhmm"),
            row.string("end_hhmm"), row.string("lesson_time_zone"), row.instant("start_at"), row.instant("end_at"),
            row.integer("duration_minutes"), row.string("location_type"), row.string("location_address"),
            row.string("meeting_location"), row.integer("hourly_rate_cents"), row.integer("total_price_cents"),
            row.trimmed("student_id"), row.string("student_first"), row.string("student_last"),
            row.trimmed("instructor_id"), row.string("instructor_first"), row.string("instructor_last"),
            row.string("student_note"), row.string("instructor_note"), row.instant("created_at"),
            row.instant("confirmed_at"), row.instant("completed_at"), row.instant("cancelled_at"));

    private final Jdbc jdbc;

    public BookingListRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public BookingPage forStudent(String studentId, boolean upcoming, Instant now, int limit, int offset) {
        return page("b.student_id", studentId, upcoming, now, limit, offset);
    }

    public BookingPage forInstructor(String instructorId, boolean upcoming, Instant now, int limit, int offset) {
        return page("b.instructor_id", instructorId, upcoming, now, limit, offset);
    }

    public Optional<ListedBooking> findForStudent(String bookingId, String studentId) {
        return jdbc.queryOne(SELECT + " WHERE b.id = ? AND b.student_id = ?", BOOKING, bookingId, studentId);
    }

    public Optional<ListedBooking> findForInstructor(String bookingId, String instructorId) {
        return jdbc.queryOne(SELECT + " WHERE b.id = ? AND b.instructor_id = ?", BOOKING, bookingId, instructorId);
    }

    // participant is one of two constant column names, never caller input
    private BookingPage page(String participant, String userId, boolean upcoming, Instant now, int limit,
            int offset) {
        String order = upcoming ? "b.start_at, b.id" : "b.start_at DESC, b.id DESC";
        long[] total = {0};
        List<ListedBooking> rows = jdbc.query(SELECT + " WHERE " + participant + " = ? AND "
                + (upcoming ? UPCOMING : PAST) + " ORDER BY " + order + " LIMIT ? OFFSET ?", row -> {
                    total[0] = row.longValue("total");
                    return BOOKING.map(row);
                }, userId, now, limit, offset);
        if (rows.isEmpty() && offset > 0) {
            total[0] = count(participant, userId, upcoming, now);
        }
        return new BookingPage(rows, total[0]);
    }

    private long count(String participant, String userId, boolean upcoming, Instant now) {
        return jdbc.queryOne("SELECT count(*) AS n FROM bookings b WHERE " + participant + " = ? AND "
                + (upcoming ? UPCOMING : PAST), row -> row.longValue("n"), userId, now).orElse(0L);
    }
}
