package com.instainstru.bookings.reschedule;

import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.bookings.reschedule.schema.RescheduleBookingRequest;
import com.instainstru.bookings.status.BookingStatus;
import java.time.Instant;

/** The booking being replaced: what the new booking keeps from it and what decides whether it may move. */
public record ReschedulableBooking(
        String id,
        String studentId,
        String instructorId,
        String instructorServiceId,
        int durationMinutes,
        String locationType,
        String locationAddress,
        Double locationLat,
        Double locationLng,
        String locationPlaceId,
        String meetingLocation,
        String studentNote,
        BookingStatus status,
        Instant startAt,
        int rescheduleCount,
        boolean lateRescheduleUsed,
        Instant lockedAt) {

    /**
     * The booking request for the new time: the same instructor, place and note; the service and duration stay
     * unless the request names others.
     */
    public CreateBookingRequest requestFor(RescheduleBookingRequest request) {
        return new CreateBookingRequest(instructorId,
                request.instructorServiceId() == null ? instructorServiceId : request.instructorServiceId(),
                request.bookingDate(), request.startTime(),
                request.durationMinutes() == null ? durationMinutes : request.durationMinutes(), locationType,
                locationAddress, locationLat, locationLng, locationPlaceId, meetingLocation, studentNote);
    }
}
