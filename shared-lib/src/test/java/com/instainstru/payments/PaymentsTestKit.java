package com.instainstru.payments;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * Payments tests over this run's database. Bookings belong to another capability, so the rows payments hangs off
 * (a student, an instructor with an online piano service, a confirmed booking) are inserted with plain SQL.
 */
public final class PaymentsTestKit {

    /** Tuesday 2026-12-01 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    public final MutableClock clock = new MutableClock(NOW);
    public final TestPlatform platform = new TestPlatform(clock);
    private final AccountCreationService accounts = new AccountCreationService(new UserRepository(platform.jdbc),
            new PermissionRepository(platform.jdbc), platform.tx, platform.ids, clock);

    public String student() {
        return accounts.create(new NewUser("pay-student-" + UUID.randomUUID() + "@example.test", "Sam", "Student",
                null, "America/New_York", "not-a-real-hash", true), Role.STUDENT).id();
    }

    /** An instructor with a profile (tier 12 %) and an online piano service; returns the instructor's id. */
    public Instructor instructor() {
        String id = accounts.create(new NewUser("pay-instructor-" + UUID.randomUUID() + "@example.test", "Ivy",
                "Instructor", null, "America/New_York", "not-a-real-hash", true), Role.INSTRUCTOR).id();
        platform.jdbc.update("""
                INSERT INTO instructor_profiles (user_id, bio, years_experience, current_tier_pct, created_at, updated_at)
                VALUES (?, 'Patient piano teacher for all ages.', 5, 12.00, ?, ?)
                """, id, NOW, NOW);
        String serviceId = platform.ids.newId();
        platform.jdbc.update("""
                INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options, age_groups,
                    offers_online, created_at, updated_at)
                VALUES (?, ?, (SELECT id FROM service_catalog WHERE slug = 'piano'), '{60}', '{adults}', true, ?, ?)
                """, serviceId, id, NOW, NOW);
        return new Instructor(id, serviceId);
    }

    /** A CONFIRMED 60-minute online lesson at $120/h starting {@code fromNow} from now. */
    public String booking(String studentId, Instructor instructor, Duration fromNow) {
        String id = platform.ids.newId();
        Instant startAt = clock.instant().plus(fromNow);
        ZonedDateTime start = startAt.atZone(NEW_YORK);
        ZonedDateTime end = start.plusMinutes(60);
        platform.jdbc.update("""
                INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date, start_time,
                    end_time, start_at, end_at, lesson_time_zone, student_time_zone, duration_minutes, location_type,
                    service_name, hourly_rate_cents, total_price_cents, status, confirmed_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 60, 'online', 'Piano', 12000, 12000, 'CONFIRMED', ?, ?, ?)
                """, id, studentId, instructor.id(), instructor.serviceId(), start.toLocalDate(), start.toLocalTime(),
                end.toLocalTime(), startAt, end.toInstant(), NEW_YORK.getId(), NEW_YORK.getId(), NOW, NOW, NOW);
        return id;
    }

    public int count(String sql, Object... params) {
        return platform.jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }

    public record Instructor(String id, String serviceId) {
    }
}
