package com.instainstru.bench.availability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.AvailabilityLock;
import com.instainstru.availability.AvailabilityWeekService;
import com.instainstru.availability.WeekSaveService;
import com.instainstru.availability.WeekWriter;
import com.instainstru.platform.audit.AuditRepository;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import java.time.Clock;
import javax.sql.DataSource;

/** The availability services wired by hand, as CDI wires them in availability-api (past edits not allowed). */
final class AvailabilityServices {

    final AvailabilityWeekService weeks;
    final WeekSaveService saves;
    private final AccountCreationService accounts;

    AvailabilityServices(DataSource dataSource) {
        Clock clock = Clock.systemUTC();
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        ConnectionHolder holder = new ConnectionHolder();
        Jdbc jdbc = new Jdbc(dataSource, holder);
        JdbcTransactions tx = new JdbcTransactions(dataSource, holder);
        IdGenerator ids = new IdGenerator(clock);
        AvailabilityDayRepository days = new AvailabilityDayRepository(jdbc);
        WeekWriter writer = new WeekWriter(days,
                new OutboxService(new OutboxRepository(jdbc, json), ids, clock, json),
                new AuditService(new AuditRepository(jdbc), tx, json, ids, clock), clock, false);
        AvailabilityLock lock = new AvailabilityLock(days, clock);
        weeks = new AvailabilityWeekService(days);
        saves = new WeekSaveService(writer, lock, tx);
        accounts = new AccountCreationService(new UserRepository(jdbc), new PermissionRepository(jdbc), tx, ids, clock);
    }

    String newInstructor(String pass, int n) {
        return accounts.create(new NewUser("bench-" + pass + "-" + n + "@example.test", "Bench", "Instructor", null,
                "America/New_York", "not-a-real-hash", true), Role.INSTRUCTOR).id();
    }
}
