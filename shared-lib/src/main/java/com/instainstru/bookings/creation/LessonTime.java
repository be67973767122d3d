package com.instainstru.bookings.creation;

import com.instainstru.platform.errors.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A lesson's instants from its local date and start time in the instructor's zone. A start that does not exist
 * (the spring-forward gap) is refused; one that happens twice (the fall-back overlap) takes the first, earlier
 * occurrence. The lesson lasts exactly its duration: {@code end = start + duration}.
 */
public record LessonTime(Instant start, Instant end) {

    public static final String NONEXISTENT_LOCAL_TIME = "NONEXISTENT_LOCAL_TIME";

    public static LessonTime of(SlotRequest slot, ZoneId zone) {
        LocalDateTime local = slot.date().atTime(slot.startTime());
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new BusinessRuleException(NONEXISTENT_LOCAL_TIME, slot.startTime() + " does not exist on "
                    + slot.date() + " in " + zone.getId() + " (clocks move forward)");
        }
        // For an overlap the list holds the offset before the transition first: the earlier instant.
        Instant start = local.toInstant(offsets.get(0));
        return new LessonTime(start, start.plus(Duration.ofMinutes(slot.durationMinutes())));
    }
}
