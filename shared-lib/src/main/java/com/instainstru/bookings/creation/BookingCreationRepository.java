package com.instainstru.bookings.creation;

import com.instainstru.availability.DayBits;
import com.instainstru.platform.db.DataAccessException;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read and write of booking creation: the student's standing, the service with its instructor, the
 * instructor's day (bitmap and blackout), the bookings that could conflict, the per-instructor-day lock and the
 * insert. Bookings read availability tables; availability never reads these.
 */
@ApplicationScoped
public class BookingCreationRepository {

    /** Statuses that hold the lesson's time, as in the EXCLUDE constraints. */
    static final String HOLDING = "('PENDING', 'CONFIRMED', 'COMPLETED', 'NO_SHOW')";

    private static final RowMapper<ExistingBooking> EXISTING = row -> new ExistingBooking(row.trimmed("id"),
            row.instant("start_at"), row.instant("end_at"),
            LocationType.parse(row.string("location_type")).orElseThrow(), row.string("location_address"),
            row.doubleValue("location_lat"), row.doubleValue("location_lng"), row.string("location_place_id"));

    private final Jdbc jdbc;

    public BookingCreationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StudentStanding> student(String userId) {
        return jdbc.queryOne("""
                SELECT id, time_zone, account_status, account_locked, account_restricted, credit_balance_frozen
                  FROM users WHERE id = ?
                """, row -> new StudentStanding(row.trimmed("id"), row.string("time_zone"),
                row.string("account_status"), row.bool("account_locked"), row.bool("account_restricted"),
                row.bool("credit_balance_frozen")), userId);
    }

    /** The service and its instructor; empty when no such service exists. */
    public Optional<BookableOffering> service(String serviceId) {
        return jdbc.queryOne("""
                SELECT s.id, s.instructor_id, s.is_active, c.name AS service_name, s.duration_options,
                       s.offers_travel, s.offers_at_location, s.offers_online,
                       ARRAY(SELECT p.format || ':' || p.hourly_rate_cents FROM service_format_pricing p
                              WHERE p.service_id = s.id) AS rates,
                       p.user_id IS NOT NULL AS has_profile, COALESCE(p.is_live, false) AS is_live,
                       u.account_status, u.time_zone, u.first_name, u.last_name,
                       COALESCE(p.non_travel_buffer_minutes, 15) AS non_travel_buffer,
                       COALESCE(p.travel_buffer_minutes, 60) AS travel_buffer,
                       COALESCE(p.overnight_protection_enabled, true) AS overnight
                  FROM instructor_services s
                  JOIN service_catalog c ON c.id = s.service_catalog_id
                  JOIN users u ON u.id = s.instructor_id
                  LEFT JOIN instructor_profiles p ON p.user_id = s.instructor_id
                 WHERE s.id = ?
                """, BookingCreationRepository::service, serviceId);
    }

    /** The instructor's bitmap for a local day (empty when none is stored), and whether the day is blacked out. */
    public InstructorDay day(String instructorId, LocalDate date) {
        return jdbc.queryOne("""
                SELECT (SELECT bits FROM availability_days WHERE instructor_id = ? AND day_date = ?) AS bits,
                       EXISTS (SELECT 1 FROM blackout_dates WHERE instructor_id = ? AND blackout_date = ?)
                           AS blacked_out
                """, row -> {
                    byte[] bits = row.bytes("bits");
                    return new InstructorDay(bits == null ? DayBits.empty() : DayBits.of(bits),
                            row.bool("blacked_out"));
                }, instructorId, date, instructorId, date).orElseThrow();
    }

    /**
     * Serializes creation per instructor and local day: a transaction advisory lock on
     * {@code booking:<instructor>:<date>}, released at commit or rollback. Must run inside a transaction.
     */
    public void lockInstructorDay(String instructorId, LocalDate date) {
        jdbc.queryOne("SELECT pg_advisory_xact_lock(hashtextextended(?, 0)) IS NULL AS locked", row -> true,
                "booking:" + instructorId + ":" + date);
    }

    /**
     * Serializes one student's bookings: a transaction advisory lock on {@code booking-student:<student>}, always
     * taken after the instructor-day lock. Without it, one student booking two instructors at once inserts two
     * rows that each wait on the other's student EXCLUDE check: a deadlock instead of a clean conflict.
     */
    public void lockStudent(String studentId) {
        jdbc.queryOne("SELECT pg_advisory_xact_lock(hashtextextended(?, 0)) IS NULL AS locked", row -> true,
                "booking-student:" + studentId);
    }

    /** The instructor's time-holding bookings that overlap [from, to). */
    public List<ExistingBooking> instructorBookings(String instructorId, Instant from, Instant to) {
        return jdbc.query("SELECT id, start_at, end_at, location_type, location_address, location_lat, location_lng,"
                + " location_place_id FROM bookings WHERE instructor_id = ? AND status IN " + HOLDING
                + " AND start_at < ? AND end_at > ? ORDER BY start_at", EXISTING, instructorId, to, from);
    }

    /** The student's time-holding bookings that overlap [from, to). */
    public List<ExistingBooking> studentBookings(String studentId, Instant from, Instant to) {
        return jdbc.query("SELECT id, start_at, end_at, location_type, location_address, location_lat, location_lng,"
                + " location_place_id FROM bookings WHERE student_id = ? AND status IN " + HOLDING
                + " AND start_at < ? AND end_at > ? ORDER BY start_at", EXISTING, studentId, to, from);
    }

    /**
     * Inserts the booking, or answers which EXCLUDE constraint refused it (SQLSTATE 23P01). After a refusal the
     * transaction is aborted: the caller must roll it back.
     */
    public InsertOutcome insert(NewBooking b) {
        try {
            insertRow(b);
            return InsertOutcome.INSERTED;
        } catch (DataAccessException e) {
            if (!e.isExclusionViolation()) {
                throw e;
            }
            return e.getMessage().contains("bookings_no_student_overlap") ? InsertOutcome.STUDENT_OVERLAP
                    : InsertOutcome.INSTRUCTOR_OVERLAP;
        }
    }

    private void insertRow(NewBooking b) {
        jdbc.update("""
                INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date, start_time,
                    end_time, start_at, end_at, lesson_time_zone, student_time_zone, duration_minutes, location_type,
                    location_address, location_lat, location_lng, location_place_id, meeting_location, service_name,
                    hourly_rate_cents, total_price_cents, status, student_note, rescheduled_from_booking_id,
                    reschedule_count, late_reschedule_used, locked_at, confirmed_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, COALESCE(?::time, '24:00'::time), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, CASE WHEN ? = 'CONFIRMED' THEN ?::timestamptz END, ?, ?)
                """, b.id(), b.studentId(), b.instructorId(), b.serviceId(), b.date(), b.startTime(),
                b.endTime() == null ? null : b.endTime().toString(), b.startAt(), b.endAt(), b.lessonTimeZone(),
                b.studentTimeZone(), b.durationMinutes(), b.locationType().value(), b.locationAddress(),
                b.locationLat(), b.locationLng(), b.locationPlaceId(), b.meetingLocation(), b.serviceName(),
                b.hourlyRateCents(), b.totalPriceCents(), b.status(), b.studentNote(),
                b.lineage().rescheduledFromBookingId(), b.lineage().rescheduleCount(),
                b.lineage().lateRescheduleUsed(), b.lineage().lockedAt(), b.status(), b.createdAt(),
                b.createdAt(), b.createdAt());
    }

    private static BookableOffering service(Row row) throws SQLException {
        Map<String, Integer> rates = new HashMap<>();
        for (String rate : row.strings("rates")) {
            int colon = rate.indexOf(':');
            rates.put(rate.substring(0, colon), Integer.parseInt(rate.substring(colon + 1)));
        }
        return new BookableOffering(row.trimmed("id"), row.trimmed("instructor_id"), row.bool("is_active"),
                row.string("service_name"), row.integers("duration_options"), row.bool("offers_travel"),
                row.bool("offers_at_location"), row.bool("offers_online"), Map.copyOf(rates),
                row.bool("has_profile"), row.bool("is_live"), row.string("account_status"), row.string("time_zone"),
                row.string("first_name"), row.string("last_name"), row.integer("non_travel_buffer"),
                row.integer("travel_buffer"), row.bool("overnight"));
    }

    /** What became of an insert. */
    public enum InsertOutcome {
        INSERTED, INSTRUCTOR_OVERLAP, STUDENT_OVERLAP
    }

    /** One local day of an instructor as creation sees it. */
    public record InstructorDay(DayBits bits, boolean blackedOut) {
    }
}
