package com.instainstru.bookings.listing.schema;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking as its instructor sees it: the student as "FirstName L.", the student's note and the
 * instructor's own note. Times of day are "HH:MM" in {@code lessonTimeZone} ("24:00" is midnight).
 */
public record InstructorBookingView(String id, String status, String serviceName, LocalDate bookingDate,
        String startTime, String endTime, String lessonTimeZone, Instant startAt, Instant endAt,
        int durationMinutes, String locationType, String locationAddress, String meetingLocation,
        int hourlyRateCents, int totalPriceCents, Participant student, String studentNote, String instructorNote,
        Instant createdAt, Instant confirmedAt, Instant completedAt, Instant cancelledAt) {
}
