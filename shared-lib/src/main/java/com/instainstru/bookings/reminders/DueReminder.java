package com.instainstru.bookings.reminders;

import java.time.Instant;

/** A booking whose reminder this run claimed. */
public record DueReminder(String bookingId, String studentId, String instructorId, Instant startAt) {
}
