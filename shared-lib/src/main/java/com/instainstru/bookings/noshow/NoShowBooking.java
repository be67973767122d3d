package com.instainstru.bookings.noshow;

import com.instainstru.bookings.status.BookingStatus;
import java.time.Instant;

/** What a no-show report, dispute or resolution needs to know about the booking, read under its row lock. */
public record NoShowBooking(
        String id,
        String studentId,
        String instructorId,
        BookingStatus status,
        Instant startAt,
        Instant endAt) {
}
