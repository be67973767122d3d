package com.instainstru.bookings.publicavailability.schema;

import java.time.Instant;
import java.time.LocalDate;

/** The earliest start of a lesson of the duration: local date and "HH:MM" in timeZone, and the instant. */
public record NextAvailableResponse(String instructorId, String timeZone, LocalDate date, String time,
        Instant startAt, int durationMinutes) {
}
