package com.instainstru.bookings.reminders;

import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The 24 h and 1 h lesson reminders (reference §9). Each claimed booking gets one {@code booking.reminder_due}
 * outbox event in the same transaction as its sent-at mark, so a reminder is neither lost nor sent twice;
 * notifications consume the event. "Now" is the scheduled event's time, so a run can be replayed at any
 * instant.
 */
@ApplicationScoped
public class BookingReminderService {

    public static final String REMINDER_DUE = "booking.reminder_due";

    private final ReminderRepository reminders;
    private final OutboxService outbox;
    private final Transactions tx;

    public BookingReminderService(ReminderRepository reminders, OutboxService outbox, Transactions tx) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.tx = tx;
    }

    public ReminderReport sendDue(Instant now) {
        return tx.call(() -> new ReminderReport(now, send(ReminderKind.DAY_BEFORE, now),
                send(ReminderKind.HOUR_BEFORE, now)));
    }

    private int send(ReminderKind kind, Instant now) {
        Instant to = now.plus(kind.lead());
        List<DueReminder> due = reminders.claim(kind, to.minus(ReminderKind.JOB_INTERVAL), to, now);
        for (DueReminder reminder : due) {
            outbox.emit(REMINDER_DUE, "booking", reminder.bookingId(), Map.of("bookingId", reminder.bookingId(),
                    "kind", kind.value(), "studentId", reminder.studentId(),
                    "instructorId", reminder.instructorId(), "startAt", reminder.startAt().toString()));
        }
        return due.size();
    }
}
