package com.instainstru.bookings.creation;

import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** The timing rules of reference §9 step 6c-6f, as pure functions of the request, the clock and existing bookings. */
public final class BookingRules {

    public static final String ADVANCE_NOTICE = "ADVANCE_NOTICE";
    public static final String OVERNIGHT_PROTECTION = "OVERNIGHT_PROTECTION";
    public static final String BOOKING_CONFLICT = "BOOKING_CONFLICT";
    public static final String SCOPE = "conflictScope";
    /** The evening hour from which the next morning is protected. */
    static final int OVERNIGHT_FROM_HOUR = 20;

    private BookingRules() {
    }

    /** Refuses a lesson starting less than the format's notice after now (UTC instants). */
    public static void requireNotice(LocationType type, Instant lessonStart, Instant now) {
        Duration notice = type.minimumNotice();
        if (Duration.between(now, lessonStart).compareTo(notice) < 0) {
            long hours = notice.toHours();
            throw new BusinessRuleException(ADVANCE_NOTICE, "Bookings must be made at least " + hours + " hour"
                    + (hours == 1 ? "" : "s") + " in advance");
        }
    }

    /**
     * Overnight protection: a request made at or after 20:00 (instructor's zone) protects tomorrow; one made
     * before the format's earliest hour (09:00, 11:00 travelling) protects today. On the protected date a lesson
     * may not start before that earliest hour.
     */
    public static void requireOvernightProtection(LocationType type, LocalDate lessonDate, LocalTime lessonStart,
            Instant now, ZoneId zone) {
        ZonedDateTime localNow = now.atZone(zone);
        LocalTime earliest = LocalTime.of(type.earliestHour(), 0);
        LocalDate protectedDate = null;
        if (localNow.getHour() >= OVERNIGHT_FROM_HOUR) {
            protectedDate = localNow.toLocalDate().plusDays(1);
        } else if (localNow.toLocalTime().isBefore(earliest)) {
            protectedDate = localNow.toLocalDate();
        }
        if (lessonDate.equals(protectedDate) && lessonStart.isBefore(earliest)) {
            throw new BusinessRuleException(OVERNIGHT_PROTECTION, "Early morning lessons cannot be booked overnight"
                    + " (this instructor's lessons on " + lessonDate + " start at " + earliest + " or later)");
        }
    }

    /**
     * The instructor's lessons must be separated by a buffer: the travel buffer when either lesson has the
     * instructor travelling, else the non-travel buffer.
     */
    public static void requireNoInstructorConflict(List<ExistingBooking> existing, LocationType type,
            LessonTime lesson, int nonTravelBufferMinutes, int travelBufferMinutes) {
        for (ExistingBooking other : existing) {
            boolean travel = type.instructorTravels() || other.locationType().instructorTravels();
            Duration buffer = Duration.ofMinutes(travel ? travelBufferMinutes : nonTravelBufferMinutes);
            if (other.conflictsWith(lesson.start(), lesson.end(), buffer)) {
                throw instructorConflict();
            }
        }
    }

    /** A student cannot be in two lessons at once; back to back is fine. */
    public static void requireNoStudentConflict(List<ExistingBooking> existing, LessonTime lesson) {
        for (ExistingBooking other : existing) {
            if (other.conflictsWith(lesson.start(), lesson.end(), Duration.ZERO)) {
                throw studentConflict();
            }
        }
    }

    public static ConflictException instructorConflict() {
        return new ConflictException(BOOKING_CONFLICT, "Instructor already has a booking that overlaps this time",
                Map.of(SCOPE, "instructor"));
    }

    public static ConflictException studentConflict() {
        return new ConflictException(BOOKING_CONFLICT, "Student already has a booking that overlaps this time",
                Map.of(SCOPE, "student"));
    }

    /** Hourly rate times minutes over 60, rounded half up to the cent. */
    public static int totalPriceCents(int hourlyRateCents, int minutes) {
        return Math.toIntExact(Math.floorDiv((long) hourlyRateCents * minutes + 30, 60));
    }
}
