package com.instainstru.bookings.listing.schema;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking as its student sees it: the instructor as "FirstName L.", the student's own note, never the
 * instructor's note. Times of day are "HH:MM" in {@code lessonTimeZone} ("24:00" is midnight).
 */
public record StudentBookingView(String id, String status, String serviceName, LocalDate bookingDate,
        String startTime, String endTime, String lessonTimeZone, Instant startAt, Instant endAt,
        int durationMinutes, String locationType, String locationAddress, String meetingLocation,
        int hourlyRateCents, int totalPriceCents, Participant instructor, String studentNote, Instant createdAt,
        Instant confirmedAt, Instant completedAt, Instant cancelledAt) {
}
