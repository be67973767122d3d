package com.instainstru.bookings.completion;

import com.instainstru.bookings.status.BookingStatus;
import java.time.Instant;

/** What completing a booking needs to know about it, read under a row lock. */
public record CompletableBooking(String id, String instructorId, BookingStatus status, Instant endAt) {
}
