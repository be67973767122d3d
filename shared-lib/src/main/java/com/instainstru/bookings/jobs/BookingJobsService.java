package com.instainstru.bookings.jobs;

import com.instainstru.bookings.completion.BookingCompletionService;
import com.instainstru.bookings.reminders.BookingReminderService;
import com.instainstru.bookings.reminders.ReminderReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The booking jobs that share the 15-minute schedule: lesson reminders and automatic completion. Each job runs
 * in its own transaction and claims its rows in one statement, so a replayed or overlapping run does nothing
 * twice.
 */
@ApplicationScoped
public class BookingJobsService {

    private final BookingReminderService reminders;
    private final BookingCompletionService completions;

    public BookingJobsService(BookingReminderService reminders, BookingCompletionService completions) {
        this.reminders = reminders;
        this.completions = completions;
    }

    public BookingJobsReport runDue(Instant now) {
        ReminderReport sent = reminders.sendDue(now);
        int completed = completions.completeDue(now);
        return new BookingJobsReport(now, sent.dayBefore(), sent.hourBefore(), completed);
    }
}
