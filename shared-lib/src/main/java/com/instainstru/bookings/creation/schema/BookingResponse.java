package com.instainstru.bookings.creation.schema;

import java.time.Instant;

/**
 * A booking as its student sees it right after creation; the instructor is rendered "FirstName L.". Local date and
 * times are in {@code lessonTimeZone} (the instructor's); {@code endTime} is "24:00" for a lesson ending at
 * midnight.
 */
public record BookingResponse(
        String id,
        String status,
        String instructorId,
        String instructorName,
        String instructorServiceId,
        String serviceName,
        String bookingDate,
        String startTime,
        String endTime,
        Instant startAt,
        Instant endAt,
        String lessonTimeZone,
        String studentTimeZone,
        int durationMinutes,
        String locationType,
        String locationAddress,
        String meetingLocation,
        int hourlyRateCents,
        int totalPriceCents,
        String studentNote,
        Instant createdAt) {
}
