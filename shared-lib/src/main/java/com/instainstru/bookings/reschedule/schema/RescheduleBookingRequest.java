package com.instainstru.bookings.reschedule.schema;

/**
 * The new time for a booking, in the instructor's local wall clock like a booking request. The instructor cannot
 * change: {@code instructorId}, when sent, must be the booking's. The service (of the same instructor) and the
 * duration default to the booking's.
 */
public record RescheduleBookingRequest(
        String instructorId,
        String instructorServiceId,
        String bookingDate,
        String startTime,
        Integer durationMinutes) {
}
