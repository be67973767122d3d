package com.instainstru.bookings.cancellation;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.bookings.TestBookingRows;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.audit.AuditRepository;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Cancellation wired by hand over this run's database. Booking creation is built elsewhere, so bookings are
 * inserted here with plain SQL (an online piano lesson in New York), with the status and price a test needs.
 */
public final class CancellationTestKit {

    /** Tuesday 2026-12-01 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    public final MutableClock clock = new MutableClock(NOW);
    public final TestPlatform platform = new TestPlatform(clock);
    public final OutboxService outbox =
            new OutboxService(new OutboxRepository(platform.jdbc, platform.json), platform.ids, clock, platform.json);
    public final AuditService audit =
            new AuditService(new AuditRepository(platform.jdbc), platform.tx, platform.json, platform.ids, clock);
    public final BookingCancellationRepository repository = new BookingCancellationRepository(platform.jdbc);
    public final TestBookingRows rows = new TestBookingRows(platform.jdbc, platform.ids, clock);
    public final BookingCancellationService cancellations =
            new BookingCancellationService(repository, outbox, audit, new Cache(new RedisConnection(
                    "redis://127.0.0.1:6379", Duration.ofMillis(250)), platform.json, platform.tx, clock),
                    platform.tx, clock);
    private final AccountCreationService accounts = new AccountCreationService(new UserRepository(platform.jdbc),
            new PermissionRepository(platform.jdbc), platform.tx, platform.ids, clock);

    public String student() {
        return accounts.create(new NewUser("cancel-student-" + UUID.randomUUID() + "@example.test", "Sam", "Student",
                null, "America/New_York", "not-a-real-hash", true), Role.STUDENT).id();
    }

    /** An instructor with a profile at {@code tierPct} and an online piano service. */
    public Instructor instructor(String tierPct, boolean founding) {
        String id = accounts.create(new NewUser("cancel-instructor-" + UUID.randomUUID() + "@example.test", "Ivy",
                "Instructor", null, "America/New_York", "not-a-real-hash", true), Role.INSTRUCTOR).id();
        platform.jdbc.update("""
                INSERT INTO instructor_profiles (user_id, bio, years_experience, is_founding_instructor,
                    current_tier_pct, created_at, updated_at)
                VALUES (?, 'Patient piano teacher for all ages.', 5, ?, CAST(? AS numeric), ?, ?)
                """, id, founding, tierPct, NOW, NOW);
        String serviceId = platform.ids.newId();
        platform.jdbc.update("""
                INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options, age_groups,
                    offers_online, created_at, updated_at)
                VALUES (?, ?, (SELECT id FROM service_catalog WHERE slug = 'piano'), '{30,60,90}', '{adults}', true, ?, ?)
                """, serviceId, id, NOW, NOW);
        return new Instructor(id, serviceId);
    }

    public Instructor instructor(String tierPct) {
        return instructor(tierPct, false);
    }

    /** A 60-minute CONFIRMED lesson at $120/h starting {@code fromNow} from now. */
    public String booking(String studentId, Instructor instructor, Duration fromNow) {
        return booking(studentId, instructor, clock.instant().plus(fromNow), 60, 12_000, BookingStatus.CONFIRMED,
                null);
    }

    public String booking(String studentId, Instructor instructor, Instant startAt, int minutes, int hourlyRateCents,
            BookingStatus status, String rescheduledFrom) {
        String id = platform.ids.newId();
        insertBooking(id, studentId, instructor, startAt, minutes, hourlyRateCents, status, rescheduledFrom);
        return id;
    }

    /** Inserts a booking row; the EXCLUDE constraints apply as to any other insert. */
    public void insertBooking(String id, String studentId, Instructor instructor, Instant startAt, int minutes,
            int hourlyRateCents, BookingStatus status, String rescheduledFrom) {
        rows.row(studentId, instructor.id(), instructor.serviceId(), startAt, minutes).id(id)
                .hourlyRate(hourlyRateCents).status(status.name()).rescheduledFrom(rescheduledFrom).insert();
    }

    public String status(String bookingId) {
        return platform.jdbc.queryOne("SELECT status FROM bookings WHERE id = ?", row -> row.string("status"),
                bookingId).orElseThrow();
    }

    public int count(String sql, Object... params) {
        return platform.jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }

    public record Instructor(String id, String serviceId) {
    }
}
