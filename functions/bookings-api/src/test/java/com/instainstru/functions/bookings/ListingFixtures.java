package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;

import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Rows the listing and public-availability routes read: live instructors (test fixtures), availability days
 * (availability's repository) and bookings written with plain SQL, since creating bookings is another
 * capability's. Lessons are in New York, the test users' zone.
 */
@ApplicationScoped
public class ListingFixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final Clock clock;
    private final TestInstructors instructors;
    private final AvailabilityDayRepository days;

    public ListingFixtures(Jdbc jdbc, IdGenerator ids, Clock clock, TestInstructors instructors,
            AvailabilityDayRepository days) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
        this.instructors = instructors;
        this.days = days;
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer);
    }

    TestInstructor instructor() {
        return instructors.live("piano", TestInstructors.online(8000));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), NEW_YORK);
    }

    void available(String instructorId, LocalDate date, int startMinute, int endMinute) {
        days.saveAll(instructorId, Map.of(date, DayBits.of(List.of(new TimeWindow(startMinute, endMinute)))),
                clock.instant());
    }

    /** A CONFIRMED online booking (or {@code status}) at {@code startAt}; returns its id. */
    String booking(String studentId, TestInstructor instructor, Instant startAt, int minutes, String status) {
        String id = ids.newId();
        ZonedDateTime start = startAt.atZone(NEW_YORK);
        ZonedDateTime end = start.plusMinutes(minutes);
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date, start_time,
                    end_time, start_at, end_at, lesson_time_zone, student_time_zone, duration_minutes, location_type,
                    service_name, hourly_rate_cents, total_price_cents, status, student_note, instructor_note,
                    cancelled_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'America/New_York', 'America/New_York', ?, 'online', 'Piano', 8000,
                    ?, ?, 'Student note', 'Instructor note', ?, ?, ?)
                """, id, studentId, instructor.id(), instructor.serviceId(), start.toLocalDate(),
                start.toLocalTime(), end.toLocalTime(), startAt, end.toInstant(), minutes, 8000 * minutes / 60,
                status, status.equals("CANCELLED") ? now : null, now, now);
        return id;
    }

    /** Starts {@code days} days from now at a whole hour, so bookings of one test never collide. */
    Instant daysAhead(int days, int hour) {
        return today().plusDays(days).atTime(hour, 0).atZone(NEW_YORK).toInstant();
    }

    Instant now() {
        return clock.instant();
    }

    Duration sinceMidnight() {
        return Duration.between(today().atStartOfDay(NEW_YORK).toInstant(), clock.instant());
    }
}
