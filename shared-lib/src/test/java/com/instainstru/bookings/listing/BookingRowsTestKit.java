package com.instainstru.bookings.listing;

import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.BlackoutDate;
import com.instainstru.availability.BlackoutDateRepository;
import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import com.instainstru.bookings.TestBookingRows;
import com.instainstru.instructors.InstructorsTestKit;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows for the listing and public-availability tests: students, instructors with one service (through the
 * instructors capability's services), availability days and blackouts (availability's repositories), and
 * bookings written with plain SQL (the booking-creation service is another capability's).
 */
public final class BookingRowsTestKit {

    public static final ZoneId NEW_YORK = TestBookingRows.NEW_YORK;

    public final InstructorsTestKit instructors = new InstructorsTestKit();
    public final MutableClock clock;
    public final Jdbc jdbc = instructors.platform.jdbc;
    public final IdGenerator ids = instructors.platform.ids;
    public final AvailabilityDayRepository days = new AvailabilityDayRepository(jdbc);
    public final BlackoutDateRepository blackouts = new BlackoutDateRepository(jdbc);
    public final Cache cache;
    public final TestBookingRows rows;

    public BookingRowsTestKit(Instant now) {
        clock = new MutableClock(now);
        cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)),
                instructors.platform.json, instructors.platform.tx, clock);
        rows = new TestBookingRows(jdbc, ids, clock);
    }

    public User student(String firstName, String lastName) {
        return instructors.accounts.create(new NewUser("student-" + UUID.randomUUID() + "@example.test", firstName,
                lastName, "+12125550199", "America/New_York", "not-a-real-hash", true), Role.STUDENT);
    }

    /** An instructor with a profile and an online piano service, not live. */
    public Teacher instructor() {
        User user = instructors.instructor();
        String serviceId = instructors.offerPiano(user.id(), InstructorsTestKit.price("online", 8000)).id();
        return new Teacher(user.id(), serviceId);
    }

    public Teacher liveInstructor() {
        Teacher teacher = instructor();
        instructors.verifyEverything(teacher.id());
        instructors.goLive.goLive(teacher.id());
        return teacher;
    }

    public void buffers(String instructorId, int nonTravel, int travel) {
        jdbc.update("""
                UPDATE instructor_profiles SET non_travel_buffer_minutes = ?, travel_buffer_minutes = ?
                 WHERE user_id = ?
                """, nonTravel, travel, instructorId);
    }

    /** Windows as "HH:MM", "HH:MM" pairs ("24:00" allowed as an end). */
    public void available(String instructorId, LocalDate date, String... startEndPairs) {
        TimeWindow[] windows = new TimeWindow[startEndPairs.length / 2];
        for (int i = 0; i < windows.length; i++) {
            windows[i] = new TimeWindow(minute(startEndPairs[2 * i]), minute(startEndPairs[2 * i + 1]));
        }
        Map<LocalDate, DayBits> day = new LinkedHashMap<>();
        day.put(date, DayBits.of(Arrays.asList(windows)));
        days.saveAll(instructorId, day, clock.instant());
    }

    public void blackout(String instructorId, LocalDate date) {
        blackouts.insert(new BlackoutDate(ids.newId(), instructorId, date, "away"), clock.instant());
    }

    /** A CONFIRMED online lesson at $80/h starting at {@code start} ("HH:MM") on {@code date} in New York. */
    public TestBookingRows.Row booking(String studentId, Teacher teacher, LocalDate date, String start, int minutes) {
        return rows.row(studentId, teacher.id(), teacher.serviceId(),
                ZonedDateTime.ofLocal(date.atTime(LocalTime.parse(start)), NEW_YORK, null).toInstant(), minutes);
    }

    static int minute(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    public record Teacher(String id, String serviceId) {
    }
}
