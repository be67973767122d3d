package com.instainstru.bookings.creation;

import java.time.Duration;
import java.time.Instant;

/** A booking that holds time (PENDING, CONFIRMED, COMPLETED, NO_SHOW), as conflict checks see it. */
public record ExistingBooking(String id, Instant startAt, Instant endAt, LocationType locationType,
        String locationAddress, Double locationLat, Double locationLng, String locationPlaceId) {

    /**
     * Whether two lessons are too close once {@code buffer} separates them: the later one must start no earlier
     * than the earlier one's end plus the buffer (conflict iff later_start < earlier_end + buffer).
     */
    public boolean conflictsWith(Instant start, Instant end, Duration buffer) {
        if (!start.isBefore(startAt)) {
            return start.isBefore(endAt.plus(buffer));
        }
        return startAt.isBefore(end.plus(buffer));
    }
}
