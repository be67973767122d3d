package com.instainstru.bookings;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Booking rows written with plain SQL for the bookings tests that need a lesson in a given state, at a given time,
 * without the booking rules: an online piano lesson in New York at $80/h, CONFIRMED, unless told otherwise. The
 * EXCLUDE constraints still apply, as to any insert.
 */
public final class TestBookingRows {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    public TestBookingRows(Jdbc jdbc, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    public Row row(String studentId, String instructorId, String serviceId, Instant startAt, int minutes) {
        return new Row(studentId, instructorId, serviceId, startAt, minutes);
    }

    /** One booking to write; {@link #insert} returns its id. */
    public final class Row {
        private final String studentId;
        private final String instructorId;
        private final String serviceId;
        private final Instant startAt;
        private final int minutes;
        private String id = ids.newId();
        private String status = "CONFIRMED";
        private int hourlyRateCents = 8000;
        private String locationType = "online";
        private Double lat;
        private Double lng;
        private String studentNote;
        private String instructorNote;
        private String rescheduledFrom;

        private Row(String studentId, String instructorId, String serviceId, Instant startAt, int minutes) {
            this.studentId = studentId;
            this.instructorId = instructorId;
            this.serviceId = serviceId;
            this.startAt = startAt;
            this.minutes = minutes;
        }

        public Row id(String value) {
            id = value;
            return this;
        }

        public Row status(String value) {
            status = value;
            return this;
        }

        public Row hourlyRate(int cents) {
            hourlyRateCents = cents;
            return this;
        }

        /** A travel format gets an address. */
        public Row at(String type) {
            locationType = type;
            return this;
        }

        public Row at(String type, Double latitude, Double longitude) {
            locationType = type;
            lat = latitude;
            lng = longitude;
            return this;
        }

        public Row notes(String student, String instructor) {
            studentNote = student;
            instructorNote = instructor;
            return this;
        }

        public Row rescheduledFrom(String bookingId) {
            rescheduledFrom = bookingId;
            return this;
        }

        public String insert() {
            ZonedDateTime start = startAt.atZone(NEW_YORK);
            ZonedDateTime end = start.plus(Duration.ofMinutes(minutes));
            String endTime = end.toLocalDate().isAfter(start.toLocalDate()) && end.toLocalTime().toSecondOfDay() == 0
                    ? "24:00" : end.toLocalTime().toString();
            boolean travel = List.of("student_location", "neutral_location").contains(locationType);
            Instant now = clock.instant();
            jdbc.update("""
                    INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date,
                        start_time, end_time, start_at, end_at, lesson_time_zone, student_time_zone,
                        duration_minutes, location_type, location_address, location_lat, location_lng, service_name,
                        hourly_rate_cents, total_price_cents, status, student_note, instructor_note,
                        rescheduled_from_booking_id, confirmed_at, completed_at, cancelled_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?::time, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Piano', ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?)
                    """, id, studentId, instructorId, serviceId, start.toLocalDate(), start.toLocalTime(), endTime,
                    startAt, end.toInstant(), NEW_YORK.getId(), NEW_YORK.getId(), minutes, locationType,
                    travel ? "12 Main St, New York" : null, lat, lng, hourlyRateCents,
                    hourlyRateCents * minutes / 60, status, studentNote, instructorNote, rescheduledFrom,
                    "PENDING".equals(status) ? null : now, "COMPLETED".equals(status) ? now : null,
                    "CANCELLED".equals(status) ? now : null, now, now);
            return id;
        }
    }
}
