package com.instainstru.bookings.creation;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a lesson happens (reference §7). The instructor travels for {@code student_location} and
 * {@code neutral_location}: those take the travel notice (180 min), the travel earliest hour (11:00) and make
 * the travel buffer apply.
 */
public enum LocationType {
    STUDENT_LOCATION("student_location", true),
    INSTRUCTOR_LOCATION("instructor_location", false),
    ONLINE("online", false),
    NEUTRAL_LOCATION("neutral_location", true);

    private final String value;
    private final boolean instructorTravels;

    LocationType(String value, boolean instructorTravels) {
        this.value = value;
        this.instructorTravels = instructorTravels;
    }

    public String value() {
        return value;
    }

    public boolean instructorTravels() {
        return instructorTravels;
    }

    /** Minimum time between the request and the lesson start: 60 min online or at the instructor's, 180 travelling. */
    public Duration minimumNotice() {
        return instructorTravels ? Duration.ofMinutes(180) : Duration.ofMinutes(60);
    }

    /** Overnight protection's earliest start hour on the protected date: 09:00, or 11:00 when travelling. */
    public int earliestHour() {
        return instructorTravels ? 11 : 9;
    }

    public static Optional<LocationType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }
}
