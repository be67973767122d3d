package com.instainstru.bookings.creation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A booking row ready to insert. {@code endTime} null means the lesson ends at midnight (stored '24:00'). */
public record NewBooking(
        String id,
        String studentId,
        String instructorId,
        String serviceId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        Instant startAt,
        Instant endAt,
        String lessonTimeZone,
        String studentTimeZone,
        int durationMinutes,
        LocationType locationType,
        String locationAddress,
        Double locationLat,
        Double locationLng,
        String locationPlaceId,
        String meetingLocation,
        String serviceName,
        int hourlyRateCents,
        int totalPriceCents,
        String status,
        String studentNote,
        Lineage lineage,
        Instant createdAt) {
}
