package com.instainstru.functions.bookingscheduler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.instainstru.bookings.reminders.BookingReminderService;
import com.instainstru.bookings.reminders.ReminderReport;
import com.instainstru.platform.events.ScheduledTrigger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Fired every 15 minutes by an EventBridge schedule: the lesson reminders due at the event's time. */
public class BookingSchedulerHandler implements RequestHandler<ScheduledTrigger, ReminderReport> {

    private static final Logger LOG = Logger.getLogger(BookingSchedulerHandler.class);

    private final BookingReminderService reminders;

    public BookingSchedulerHandler(BookingReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public ReminderReport handleRequest(ScheduledTrigger trigger, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            ReminderReport report = reminders.sendDue(trigger.requireTime());
            LOG.infof("booking reminders at %s: %d day-before, %d hour-before", report.at(), report.dayBefore(),
                    report.hourBefore());
            return report;
        } finally {
            MDC.remove("requestId");
        }
    }
}
