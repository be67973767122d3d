package com.instainstru.bookings.creation.schema;

import java.time.Instant;

/** Another lesson of the student within 30 minutes of the requested one, somewhere else. */
public record ProximityWarning(String bookingId, Instant startAt, Instant endAt, int gapMinutes, String message) {
}
