package com.instainstru.availability;

import com.instainstru.platform.errors.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Serializes the writes to one instructor's availability (a transaction-level advisory lock, released at
 * commit, taken in the same round trip as the time zone) and tells the instructor's local "now", which the
 * past-day and same-day rules are measured in.
 */
@ApplicationScoped
public class AvailabilityLock {

    private final AvailabilityDayRepository days;
    private final Clock clock;

    public AvailabilityLock(AvailabilityDayRepository days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    /** Must run inside a transaction. */
    public LocalNow lock(String instructorId) {
        return at(days.lockAndReadTimeZone(instructorId));
    }

    public LocalNow now(String instructorId) {
        return at(days.timeZone(instructorId));
    }

    private LocalNow at(Optional<String> zone) {
        String id = zone.orElseThrow(() -> new ResourceNotFoundException("No such instructor"));
        return LocalNow.at(clock, ZoneId.of(id));
    }
}
