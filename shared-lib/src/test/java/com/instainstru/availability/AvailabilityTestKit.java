package com.instainstru.availability;

import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.audit.AuditRepository;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.testing.MutableClock;
import java.time.Instant;
import java.util.UUID;

/** The availability services wired by hand over this run's database, as CDI wires them in availability-api. */
public final class AvailabilityTestKit {

    /** Saturday 2026-11-28 09:00 in New York. */
    public static final Instant START = Instant.parse("2026-11-28T14:00:00Z");

    public final MutableClock clock = new MutableClock(START);
    public final TestPlatform platform = new TestPlatform(clock);
    public final AvailabilityDayRepository days = new AvailabilityDayRepository(platform.jdbc);
    public final BlackoutDateRepository blackoutRows = new BlackoutDateRepository(platform.jdbc);
    public final OutboxService outbox =
            new OutboxService(new OutboxRepository(platform.jdbc, platform.json), platform.ids, clock, platform.json);
    public final AuditService audit =
            new AuditService(new AuditRepository(platform.jdbc), platform.tx, platform.json, platform.ids, clock);
    public final AvailabilityLock lock = new AvailabilityLock(days, clock);
    public final AvailabilityWeekService weeks = new AvailabilityWeekService(days);
    public final WeekSaveService saves;
    public final WeekCopyService copies;
    public final BlackoutDateService blackouts = new BlackoutDateService(blackoutRows, lock, platform.ids, clock);
    private final AccountCreationService accounts;

    public AvailabilityTestKit() {
        this(false);
    }

    public AvailabilityTestKit(boolean allowPast) {
        WeekWriter writer = new WeekWriter(days, outbox, audit, clock, allowPast);
        saves = new WeekSaveService(writer, lock, platform.tx);
        copies = new WeekCopyService(writer, lock, platform.tx);
        accounts = new AccountCreationService(new UserRepository(platform.jdbc),
                new PermissionRepository(platform.jdbc), platform.tx, platform.ids, clock);
    }

    public User instructor(String timeZone) {
        return accounts.create(new NewUser("avail-" + UUID.randomUUID() + "@example.test", "Ivy", "Instructor", null,
                timeZone, "not-a-real-hash", true), Role.INSTRUCTOR);
    }

    public User instructor() {
        return instructor("America/New_York");
    }

    public int count(String sql, Object... params) {
        return platform.jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }
}
