package com.instainstru.bookings.publicavailability.schema;

import java.time.LocalDate;
import java.util.List;

/** Every day from startDate to endDate (both included) in the instructor's time zone. */
public record PublicAvailabilityResponse(String instructorId, String timeZone, LocalDate startDate,
        LocalDate endDate, int durationMinutes, List<PublicDayAvailability> days) {
}
