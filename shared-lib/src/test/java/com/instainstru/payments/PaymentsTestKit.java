package com.instainstru.payments;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.bookings.TestBookingRows;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Payments tests over this run's database. Bookings belong to another capability, so the rows payments hangs off
 * (a student, an instructor with an online piano service, a confirmed booking) are inserted with plain SQL.
 */
public final class PaymentsTestKit {

    /** Tuesday 2026-12-01 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

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
        return new TestBookingRows(platform.jdbc, platform.ids, clock).row(studentId, instructor.id(),
                instructor.serviceId(), clock.instant().plus(fromNow), 60).hourlyRate(12_000).insert();
    }

    /** A PENDING (card not yet authorized) 60-minute online lesson at $120/h starting {@code fromNow} from now. */
    public String pendingBooking(String studentId, Instructor instructor, Duration fromNow) {
        return new TestBookingRows(platform.jdbc, platform.ids, clock).row(studentId, instructor.id(),
                instructor.serviceId(), clock.instant().plus(fromNow), 60).hourlyRate(12_000).status("PENDING")
                .insert();
    }

    /** Gives the instructor a ready Stripe Connect account {@code accountId} to be paid to. */
    public void connectAccount(String instructorId, String accountId) {
        platform.jdbc.update("""
                INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, charges_enabled,
                    payouts_enabled, details_submitted, onboarding_completed_at, created_at, updated_at)
                VALUES (?, ?, true, true, true, ?, ?, ?)
                """, instructorId, accountId, NOW, NOW, NOW);
    }

    /** Gives the instructor a ready Connect account named after them, unless they have one. */
    public void connectAccountOnce(String instructorId) {
        platform.jdbc.update("""
                INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, charges_enabled,
                    payouts_enabled, details_submitted, onboarding_completed_at, created_at, updated_at)
                VALUES (?, ?, true, true, true, ?, ?, ?)
                ON CONFLICT (instructor_id) DO NOTHING
                """, instructorId, "acct_" + instructorId.substring(10), NOW, NOW, NOW);
    }

    public int count(String sql, Object... params) {
        return platform.jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }

    public record Instructor(String id, String serviceId) {
    }
}
