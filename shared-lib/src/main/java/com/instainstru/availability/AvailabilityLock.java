package com.instainstru.availability;

import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Serializes the writes to one instructor's availability (a transaction-level advisory lock, released at
 * commit) and tells the instructor's local "now", which the past-day and same-day rules are measured in.
 */
@ApplicationScoped
public class AvailabilityLock {

    private final AdvisoryLockRepository locks;
    private final AvailabilityDayRepository days;
    private final Clock clock;

    public AvailabilityLock(AdvisoryLockRepository locks, AvailabilityDayRepository days, Clock clock) {
        this.locks = locks;
        this.days = days;
        this.clock = clock;
    }

    /** Must run inside a transaction. */
    public LocalNow lock(String instructorId) {
        locks.lock("availability:" + instructorId);
        return now(instructorId);
    }

    public LocalNow now(String instructorId) {
        String zone = days.timeZone(instructorId)
                .orElseThrow(() -> new ResourceNotFoundException("No such instructor"));
        return LocalNow.at(clock, ZoneId.of(zone));
    }
}
