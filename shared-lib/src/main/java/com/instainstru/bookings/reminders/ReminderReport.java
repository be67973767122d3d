package com.instainstru.bookings.reminders;

import java.time.Instant;

/** What one run of the reminder job did. */
public record ReminderReport(Instant at, int dayBefore, int hourBefore) {
}
