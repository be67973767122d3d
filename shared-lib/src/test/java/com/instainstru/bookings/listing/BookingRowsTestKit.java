package com.instainstru.bookings.listing;

import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.BlackoutDate;
import com.instainstru.availability.BlackoutDateRepository;
import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
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

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    public final InstructorsTestKit instructors = new InstructorsTestKit();
    public final MutableClock clock;
    public final Jdbc jdbc = instructors.platform.jdbc;
    public final IdGenerator ids = instructors.platform.ids;
    public final AvailabilityDayRepository days = new AvailabilityDayRepository(jdbc);
    public final BlackoutDateRepository blackouts = new BlackoutDateRepository(jdbc);
    public final Cache cache;

    public BookingRowsTestKit(Instant now) {
        clock = new MutableClock(now);
        cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)),
                instructors.platform.json, instructors.platform.tx, clock);
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

    public NewBooking booking(String studentId, Teacher teacher, LocalDate date, String start, int minutes) {
        return new NewBooking(studentId, teacher, date, start, minutes, "CONFIRMED", "online", null, null);
    }

    static int minute(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    public record Teacher(String id, String serviceId) {
    }

    /** A booking to write; {@link #insert} returns its id. Lesson zone: New York. */
    public final class NewBooking {
        private final String studentId;
        private final Teacher teacher;
        private final LocalDate date;
        private final String start;
        private final int minutes;
        private String status;
        private String locationType;
        private String studentNote;
        private String instructorNote;

        private NewBooking(String studentId, Teacher teacher, LocalDate date, String start, int minutes,
                String status, String locationType, String studentNote, String instructorNote) {
            this.studentId = studentId;
            this.teacher = teacher;
            this.date = date;
            this.start = start;
            this.minutes = minutes;
            this.status = status;
            this.locationType = locationType;
            this.studentNote = studentNote;
            this.instructorNote = instructorNote;
        }

        public NewBooking status(String value) {
            status = value;
            return this;
        }

        public NewBooking at(String value) {
            locationType = value;
            return this;
        }

        public NewBooking notes(String student, String instructor) {
            studentNote = student;
            instructorNote = instructor;
            return this;
        }

        public String insert() {
            String id = ids.newId();
            ZonedDateTime startAt = ZonedDateTime.ofLocal(date.atTime(LocalTime.parse(start)), NEW_YORK, null);
            Instant endAt = startAt.toInstant().plus(Duration.ofMinutes(minutes));
            int endMinute = minute(start) + minutes;
            String endTime = String.format("%02d:%02d", endMinute / 60, endMinute % 60);
            boolean travel = List.of("student_location", "neutral_location").contains(locationType);
            Instant now = clock.instant();
            jdbc.update("""
                    INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date,
                        start_time, end_time, start_at, end_at, lesson_time_zone, student_time_zone,
                        duration_minutes, location_type, location_address, service_name, hourly_rate_cents,
                        total_price_cents, status, student_note, instructor_note, confirmed_at, completed_at,
                        cancelled_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?::time, ?::time, ?, ?, 'America/New_York', 'America/New_York', ?, ?, ?,
                        'Piano', 8000, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, id, studentId, teacher.id(), teacher.serviceId(), date, start, endTime,
                    startAt.toInstant(), endAt, minutes, locationType, travel ? "12 Main St, New York" : null,
                    8000 * minutes / 60, status, studentNote, instructorNote, now,
                    status.equals("COMPLETED") ? now : null, status.equals("CANCELLED") ? now : null, now, now);
            return id;
        }
    }
}
