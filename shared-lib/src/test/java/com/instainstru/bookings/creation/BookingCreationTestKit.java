package com.instainstru.bookings.creation;

import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import com.instainstru.bookings.TestBookingRows;
import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.bookings.reschedule.BookingRescheduleService;
import com.instainstru.bookings.reschedule.RescheduleRepository;
import com.instainstru.instructors.areas.InstructorAccess;
import com.instainstru.instructors.areas.InstructorStandingRepository;
import com.instainstru.instructors.areas.ServiceAreaRepository;
import com.instainstru.instructors.areas.ServiceAreaService;
import com.instainstru.instructors.publicprofile.InstructorListings;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Booking creation wired by hand over this run's database. Users, profiles, services and bitmaps are plain rows:
 * what these tests are about is the booking rules. The clock starts on Saturday 2026-11-28 09:00 in New York.
 */
public final class BookingCreationTestKit {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final Instant START = Instant.parse("2026-11-28T14:00:00Z");

    public final MutableClock clock;
    public final TestPlatform platform;
    public final BookingCreationRepository repository;
    public final ServiceAreaService serviceAreas;
    public final OutboxService outbox;
    public final AuditService audit;
    public final Cache cache;
    public final BookingPlacement placement;
    public final BookingRescheduleService reschedules;
    public final BookingCreationService bookings;

    public BookingCreationTestKit() {
        this(START);
    }

    public BookingCreationTestKit(Instant start) {
        clock = new MutableClock(start);
        platform = new TestPlatform(clock);
        repository = new BookingCreationRepository(platform.jdbc);
        cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)),
                platform.json, platform.tx, clock);
        serviceAreas = new ServiceAreaService(new ServiceAreaRepository(platform.jdbc, platform.json),
                new InstructorAccess(new InstructorStandingRepository(platform.jdbc)), new InstructorListings(cache),
                platform.tx, clock);
        outbox = new OutboxService(new OutboxRepository(platform.jdbc, platform.json), platform.ids, clock,
                platform.json);
        audit = new AuditService(new AuditRepository(platform.jdbc), platform.tx, platform.json, platform.ids, clock);
        placement = new BookingPlacement(repository, serviceAreas, new BookingStatusPolicy(), cache, platform.ids,
                clock);
        bookings = new BookingCreationService(placement, outbox, audit, platform.tx);
        reschedules = new BookingRescheduleService(new RescheduleRepository(platform.jdbc), placement, outbox, audit,
                platform.tx);
    }

    /** Moves the clock to a local wall time in New York. */
    public void nowInNewYork(String localDateTime) {
        at(LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant());
    }

    public void at(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    public String user(String firstName, String lastName, String timeZone) {
        String id = platform.ids.newId();
        platform.jdbc.update("""
                INSERT INTO users (id, email, first_name, last_name, password_hash, time_zone, tokens_valid_after,
                                   created_at, updated_at)
                VALUES (?, ?, ?, ?, 'x', ?, ?, ?, ?)
                """, id, "booking-" + UUID.randomUUID() + "@example.test", firstName, lastName, timeZone,
                clock.instant(), clock.instant(), clock.instant());
        return id;
    }

    public String student() {
        return user("Sam", "Student", "America/Chicago");
    }

    /** A live instructor (New York unless given) with default calendar settings: buffers 15/60, overnight on. */
    public String instructor() {
        return instructor("America/New_York");
    }

    public String instructor(String timeZone) {
        String id = user("sarah", "connor", timeZone);
        platform.jdbc.update("""
                INSERT INTO instructor_profiles (user_id, bio, years_experience, bgc_status, is_live, created_at,
                                                 updated_at)
                VALUES (?, 'Patient teacher of many things, twenty years in Brooklyn.', 5, 'passed', true, ?, ?)
                """, id, clock.instant(), clock.instant());
        return id;
    }

    public void set(String instructorId, String column, Object value) {
        platform.jdbc.update("UPDATE instructor_profiles SET " + column + " = ? WHERE user_id = ?", value,
                instructorId);
    }

    public void setUser(String userId, String column, Object value) {
        platform.jdbc.update("UPDATE users SET " + column + " = ? WHERE id = ?", value, userId);
    }

    /**
     * An active piano service (durations 30, 45, 60, 90) with the given prices, e.g. {@code "online", 7500}; the
     * offers_* flags follow the priced formats.
     */
    public String service(String instructorId, Object... formatsAndRates) {
        String catalogId = platform.jdbc.queryOne("SELECT id FROM service_catalog WHERE slug = 'piano'",
                row -> row.trimmed("id")).orElseThrow();
        String serviceId = platform.ids.newId();
        boolean travel = false;
        boolean atLocation = false;
        boolean online = false;
        for (int i = 0; i < formatsAndRates.length; i += 2) {
            travel |= "student_location".equals(formatsAndRates[i]);
            atLocation |= "instructor_location".equals(formatsAndRates[i]);
            online |= "online".equals(formatsAndRates[i]);
        }
        platform.jdbc.update("""
                INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options, age_groups,
                                                 offers_travel, offers_at_location, offers_online, created_at,
                                                 updated_at)
                VALUES (?, ?, ?, '{30,45,60,90}', '{adults}', ?, ?, ?, ?, ?)
                """, serviceId, instructorId, catalogId, travel, atLocation, online, clock.instant(), clock.instant());
        for (int i = 0; i < formatsAndRates.length; i += 2) {
            platform.jdbc.update("INSERT INTO service_format_pricing (service_id, format, hourly_rate_cents)"
                    + " VALUES (?, ?, ?)", serviceId, formatsAndRates[i], formatsAndRates[i + 1]);
        }
        return serviceId;
    }

    /** Sets the instructor's bitmap of {@code date} to exactly the given windows, "HH:MM-HH:MM" (24:00 allowed). */
    public void open(String instructorId, LocalDate date, String... windows) {
        List<TimeWindow> parsed = java.util.Arrays.stream(windows).map(w -> new TimeWindow(minute(w.substring(0, 5)),
                minute(w.substring(6)))).toList();
        platform.jdbc.update("""
                INSERT INTO availability_days (instructor_id, day_date, bits, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (instructor_id, day_date) DO UPDATE SET bits = EXCLUDED.bits
                """, instructorId, date, DayBits.of(parsed).toBytes(), clock.instant());
    }

    /** Opens 00:00-24:00 on every day from {@code from} for {@code days} days. */
    public void openAllDay(String instructorId, LocalDate from, int days) {
        for (int i = 0; i < days; i++) {
            open(instructorId, from.plusDays(i), "00:00-24:00");
        }
    }

    public void blackout(String instructorId, LocalDate date) {
        platform.jdbc.update("INSERT INTO blackout_dates (id, instructor_id, blackout_date, created_at)"
                + " VALUES (?, ?, ?, ?)", platform.ids.newId(), instructorId, date, clock.instant());
    }

    public void serviceArea(String instructorId, String regionCode) {
        platform.jdbc.update("""
                INSERT INTO instructor_service_areas (instructor_id, region_id, created_at)
                SELECT ?, id, ? FROM region_boundaries WHERE region_code = ?
                """, instructorId, clock.instant(), regionCode);
    }

    /**
     * A raw booking row (CONFIRMED) between two instants, bypassing the rules: to place neighbours at exact
     * minute distances.
     */
    public String existing(String instructorId, String serviceId, String studentId, Instant start, Instant end,
            String locationType, Double lat, Double lng) {
        return new TestBookingRows(platform.jdbc, platform.ids, clock).row(studentId, instructorId, serviceId, start,
                (int) Duration.between(start, end).toMinutes()).hourlyRate(7500).at(locationType, lat, lng).insert();
    }

    public static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    public static CreateBookingRequest online(String instructorId, String serviceId, String date, String start,
            int minutes) {
        return new CreateBookingRequest(instructorId, serviceId, date, start, minutes, "online", null, null, null,
                null, null, null);
    }

    public static CreateBookingRequest at(String type, String instructorId, String serviceId, String date,
            String start, int minutes, Double lat, Double lng) {
        return new CreateBookingRequest(instructorId, serviceId, date, start, minutes, type, null, lat, lng, null,
                null, null);
    }

    public int count(String sql, Object... params) {
        return platform.jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }

    private static int minute(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }
}
