package com.instainstru.bookings.publicavailability;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The time one of the instructor's bookings holds, and the format it is in. */
public record BookedTime(Instant startAt, Instant endAt, String locationType) {

    /** The instructor travels to the student or to a neutral place. */
    private static final Set<String> TRAVEL_FORMATS = Set.of("student_location", "neutral_location");

    public boolean isTravel() {
        return TRAVEL_FORMATS.contains(locationType);
    }

    /**
     * The booking widened by the buffer the instructor keeps around it. The format of the lesson a student
     * will request is unknown here, so the larger (travel) buffer applies around travel bookings and the
     * non-travel buffer around the others; the booking rules re-check the exact buffer at booking time.
     */
    public Blocked blocked(PublicCalendar calendar) {
        Duration buffer = Duration.ofMinutes(isTravel() ? calendar.travelBufferMinutes()
                : calendar.nonTravelBufferMinutes());
        return new Blocked(startAt.minus(buffer), endAt.plus(buffer));
    }

    /** A [from, to) stretch of time no lesson may touch. */
    public record Blocked(Instant from, Instant to) {

        boolean overlaps(Instant start, Instant end) {
            return start.isBefore(to) && end.isAfter(from);
        }
    }
}
