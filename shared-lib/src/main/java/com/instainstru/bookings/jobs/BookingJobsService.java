package com.instainstru.bookings.jobs;

import com.instainstru.bookings.completion.BookingCompletionService;
import com.instainstru.bookings.noshow.NoShowResolutionService;
import com.instainstru.bookings.reminders.BookingReminderService;
import com.instainstru.bookings.reminders.ReminderReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The booking jobs that share the 15-minute schedule: lesson reminders, automatic completion and the confirmation
 * of undisputed no-show reports. Each job runs in its own transaction and claims its rows in one statement, so a
 * replayed or overlapping run does nothing twice. (The reference runs the no-show confirmation hourly; on this
 * schedule a report is confirmed within 15 minutes of its dispute deadline instead of within an hour.)
 */
@ApplicationScoped
public class BookingJobsService {

    private final BookingReminderService reminders;
    private final BookingCompletionService completions;
    private final NoShowResolutionService noShows;

    public BookingJobsService(BookingReminderService reminders, BookingCompletionService completions,
            NoShowResolutionService noShows) {
        this.reminders = reminders;
        this.completions = completions;
        this.noShows = noShows;
    }

    public BookingJobsReport runDue(Instant now) {
        ReminderReport sent = reminders.sendDue(now);
        int completed = completions.completeDue(now);
        int noShowsConfirmed = noShows.confirmDue(now);
        return new BookingJobsReport(now, sent.dayBefore(), sent.hourBefore(), completed, noShowsConfirmed);
    }
}
