package com.instainstru.bench.bookings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.instainstru.bookings.creation.BookingCreationRepository;
import com.instainstru.bookings.creation.BookingCreationService;
import com.instainstru.bookings.creation.BookingPlacement;
import com.instainstru.bookings.creation.BookingStatusPolicy;
import com.instainstru.instructors.areas.InstructorAccess;
import com.instainstru.instructors.areas.InstructorStandingRepository;
import com.instainstru.instructors.areas.ServiceAreaRepository;
import com.instainstru.instructors.areas.ServiceAreaService;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.platform.audit.AuditRepository;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.redis.RedisConnection;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/** Booking creation wired by hand over a data source, as CDI wires it in bookings-api. */
final class BookingServices {

    final BookingCreationService bookings;

    BookingServices(DataSource dataSource) {
        Clock clock = Clock.systemUTC();
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        ConnectionHolder holder = new ConnectionHolder();
        Jdbc jdbc = new Jdbc(dataSource, holder);
        JdbcTransactions tx = new JdbcTransactions(dataSource, holder);
        IdGenerator ids = new IdGenerator(clock);
        // each booking drops the cached public availability after its commit: one Redis INCR, part of the cost
        Cache cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)), json, tx,
                clock);
        ServiceAreaService areas = new ServiceAreaService(new ServiceAreaRepository(jdbc, json),
                new InstructorAccess(new InstructorStandingRepository(jdbc)), new InstructorListings(cache), tx,
                clock);
        BookingPlacement placement = new BookingPlacement(new BookingCreationRepository(jdbc), areas,
                new BookingStatusPolicy(), cache, ids, clock);
        bookings = new BookingCreationService(placement, new OutboxService(new OutboxRepository(jdbc, json), ids,
                clock, json), new AuditService(new AuditRepository(jdbc), tx, json, ids, clock), tx);
    }
}
