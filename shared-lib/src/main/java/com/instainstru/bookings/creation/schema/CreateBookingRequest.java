package com.instainstru.bookings.creation.schema;

/**
 * A student's booking request (also the body of check-availability). Dates and times are the instructor's local
 * wall clock: {@code bookingDate} YYYY-MM-DD, {@code startTime} HH:MM. Everything is text or boxed so that a
 * malformed value is a 400 naming the field rather than a parse failure.
 */
public record CreateBookingRequest(
        String instructorId,
        String instructorServiceId,
        String bookingDate,
        String startTime,
        Integer durationMinutes,
        String locationType,
        String locationAddress,
        Double locationLat,
        Double locationLng,
        String locationPlaceId,
        String meetingLocation,
        String studentNote) {
}
