package com.instainstru.functions.bookingscheduler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.instainstru.bookings.jobs.BookingJobsReport;
import com.instainstru.bookings.jobs.BookingJobsService;
import com.instainstru.platform.events.ScheduledTrigger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Fired every 15 minutes by an EventBridge schedule: the lesson reminders, automatic completions and no-show
 * confirmations due at the event's time.
 */
public class BookingSchedulerHandler implements RequestHandler<ScheduledTrigger, BookingJobsReport> {

    private static final Logger LOG = Logger.getLogger(BookingSchedulerHandler.class);

    private final BookingJobsService jobs;

    public BookingSchedulerHandler(BookingJobsService jobs) {
        this.jobs = jobs;
    }

    @Override
    public BookingJobsReport handleRequest(ScheduledTrigger trigger, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            BookingJobsReport report = jobs.runDue(trigger.requireTime());
            LOG.infof("booking jobs at %s: %d day-before and %d hour-before reminders, %d completed,"
                    + " %d no-shows confirmed", report.at(), report.dayBeforeReminders(), report.hourBeforeReminders(),
                    report.autoCompleted(), report.noShowsConfirmed());
            return report;
        } finally {
            MDC.remove("requestId");
        }
    }
}
