package com.instainstru.testfixtures;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Booking rows for function tests, written with plain SQL in any status, start and price a test needs, bypassing
 * the booking rules (the EXCLUDE constraints still apply): online piano lessons in New York, the test users' zone,
 * with a student and an instructor note. Also the Stripe Connect account that makes an instructor payable.
 */
@ApplicationScoped
public class TestLessons {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    public TestLessons(Jdbc jdbc, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    /** A lesson of {@code minutes} at {@code hourlyRateCents} in {@code status}; returns its id. */
    public String insert(String studentId, TestInstructor instructor, Instant startAt, int minutes,
            int hourlyRateCents, String status) {
        String id = ids.newId();
        ZonedDateTime start = startAt.atZone(NEW_YORK);
        ZonedDateTime end = start.plusMinutes(minutes);
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date, start_time,
                    end_time, start_at, end_at, lesson_time_zone, student_time_zone, duration_minutes, location_type,
                    service_name, hourly_rate_cents, total_price_cents, status, student_note, instructor_note,
                    confirmed_at, cancelled_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'online', 'Piano', ?, ?, ?, 'Student note',
                    'Instructor note', ?, ?, ?, ?)
                """, id, studentId, instructor.id(), instructor.serviceId(), start.toLocalDate(), start.toLocalTime(),
                end.toLocalTime(), startAt, end.toInstant(), NEW_YORK.getId(), NEW_YORK.getId(), minutes,
                hourlyRateCents, hourlyRateCents * minutes / 60, status, "PENDING".equals(status) ? null : now,
                "CANCELLED".equals(status) ? now : null, now, now);
        return id;
    }

    /** Gives the instructor a ready Stripe Connect account {@code accountId} to be paid to. */
    public void connectAccount(String instructorId, String accountId) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, charges_enabled,
                    payouts_enabled, details_submitted, onboarding_completed_at, created_at, updated_at)
                VALUES (?, ?, true, true, true, ?, ?, ?)
                """, instructorId, accountId, now, now, now);
    }
}
