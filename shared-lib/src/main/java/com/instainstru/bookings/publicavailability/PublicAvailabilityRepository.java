package com.instainstru.bookings.publicavailability;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The instructor rows and the bookings public availability subtracts from the bitmap. */
@ApplicationScoped
public class PublicAvailabilityRepository {

    private final Jdbc jdbc;

    public PublicAvailabilityRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Only a live instructor whose account is active has public availability. */
    public Optional<PublicCalendar> liveCalendar(String instructorId) {
        return jdbc.queryOne("""
                SELECT p.user_id, u.time_zone, p.non_travel_buffer_minutes, p.travel_buffer_minutes
                  FROM instructor_profiles p
                  JOIN users u ON u.id = p.user_id
                 WHERE p.user_id = ? AND p.is_live AND u.account_status = 'active'
                """, row -> new PublicCalendar(row.trimmed("user_id"), row.string("time_zone"),
                row.integer("non_travel_buffer_minutes"), row.integer("travel_buffer_minutes")), instructorId);
    }

    /** Bookings of the instructor holding time ([from, to) overlaps), i.e. every status but cancelled/failed. */
    public List<BookedTime> bookedBetween(String instructorId, Instant from, Instant to) {
        return jdbc.query("""
                SELECT start_at, end_at, location_type FROM bookings
                 WHERE instructor_id = ? AND status IN ('PENDING', 'CONFIRMED', 'COMPLETED', 'NO_SHOW')
                   AND booking_span && tstzrange(?, ?, '[)')
                 ORDER BY start_at
                """, row -> new BookedTime(row.instant("start_at"), row.instant("end_at"), row.string("location_type")),
                instructorId, from, to);
    }
}
