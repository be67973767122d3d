package com.instainstru.bookings.jobs;

import java.time.Instant;

/** What one run of the booking jobs did at the scheduled instant {@code at}. */
public record BookingJobsReport(Instant at, int dayBeforeReminders, int hourBeforeReminders, int autoCompleted,
        int noShowsConfirmed) {
}
