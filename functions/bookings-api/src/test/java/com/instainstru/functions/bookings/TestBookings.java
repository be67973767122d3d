package com.instainstru.functions.bookings;

import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestLessons;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The bookings-api tests' rows: live instructors (test fixtures), availability days (availability's repository)
 * and bookings in any status, start and price a test needs ({@link TestLessons}, bypassing the booking rules).
 */
@ApplicationScoped
public class TestBookings {

    static final ZoneId NEW_YORK = TestLessons.NEW_YORK;

    private final Jdbc jdbc;
    private final Clock clock;
    private final TestInstructors instructors;
    private final AvailabilityDayRepository days;
    private final TestLessons lessons;

    public TestBookings(Jdbc jdbc, Clock clock, TestInstructors instructors, AvailabilityDayRepository days,
            TestLessons lessons) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instructors = instructors;
        this.days = days;
        this.lessons = lessons;
    }

    /** A live instructor teaching piano online at $80/h. */
    TestInstructor instructor() {
        return instructors.live("piano", TestInstructors.online(8000));
    }

    /** A live instructor teaching piano online at $120/h whose commission tier is {@code tierPct}. */
    TestInstructor instructor(String tierPct, boolean founding) {
        TestInstructor instructor = instructors.live("piano", TestInstructors.online(12_000));
        jdbc.update("""
                UPDATE instructor_profiles SET current_tier_pct = CAST(? AS numeric), is_founding_instructor = ?
                 WHERE user_id = ?
                """, tierPct, founding, instructor.id());
        return instructor;
    }

    void available(String instructorId, LocalDate date, int startMinute, int endMinute) {
        days.saveAll(instructorId, Map.of(date, DayBits.of(List.of(new TimeWindow(startMinute, endMinute)))),
                clock.instant());
    }

    /** A CONFIRMED 60-minute lesson at $120/h starting {@code fromNow} from now. */
    String confirmed(String studentId, TestInstructor instructor, Duration fromNow) {
        return insert(studentId, instructor, clock.instant().plus(fromNow), 60, 12_000, "CONFIRMED");
    }

    /** A lesson at $80/h in {@code status} at {@code startAt}. */
    String booking(String studentId, TestInstructor instructor, Instant startAt, int minutes, String status) {
        return insert(studentId, instructor, startAt, minutes, 8000, status);
    }

    /** A lesson with a student and an instructor note; returns its id. */
    String insert(String studentId, TestInstructor instructor, Instant startAt, int minutes, int hourlyRateCents,
            String status) {
        return lessons.insert(studentId, instructor, startAt, minutes, hourlyRateCents, status);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), NEW_YORK);
    }

    /** Starts {@code days} days from now at a whole hour, so bookings of one test never collide. */
    Instant daysAhead(int days, int hour) {
        return today().plusDays(days).atTime(hour, 0).atZone(NEW_YORK).toInstant();
    }

    Instant now() {
        return clock.instant();
    }

    Instant startAt(String bookingId) {
        return jdbc.queryOne("SELECT start_at FROM bookings WHERE id = ?", row -> row.instant("start_at"), bookingId)
                .orElseThrow();
    }

    String status(String bookingId) {
        return jdbc.queryOne("SELECT status FROM bookings WHERE id = ?", row -> row.string("status"), bookingId)
                .orElseThrow();
    }

    int count(String sql, Object... params) {
        return jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }
}
