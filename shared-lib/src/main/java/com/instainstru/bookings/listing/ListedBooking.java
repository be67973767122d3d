package com.instainstru.bookings.listing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One booking as the listings read it, with both participants' names (the service decides which side sees
 * which). Times of day are "HH:MM" in the lesson time zone; an end of "24:00" is midnight.
 */
public record ListedBooking(String id, String status, String serviceName, LocalDate bookingDate, String startTime,
        String endTime, String lessonTimeZone, Instant startAt, Instant endAt, int durationMinutes,
        String locationType, String locationAddress, String meetingLocation, int hourlyRateCents,
        int totalPriceCents, String studentId, String studentFirstName, String studentLastName, String instructorId,
        String instructorFirstName, String instructorLastName, String studentNote, String instructorNote,
        Instant createdAt, Instant confirmedAt, Instant completedAt, Instant cancelledAt) {
}
