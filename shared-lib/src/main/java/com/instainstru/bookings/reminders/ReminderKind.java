package com.instainstru.bookings.reminders;

import java.time.Duration;

/**
 * The two lesson reminders of reference §9: sent by the 15-minute job for confirmed lessons starting in
 * [now + lead - 15 min, now + lead), once per booking (a sent-at column per kind).
 */
public enum ReminderKind {
    DAY_BEFORE("24h", Duration.ofHours(24), "reminder_24h_sent_at"),
    HOUR_BEFORE("1h", Duration.ofHours(1), "reminder_1h_sent_at");

    /** How often the job runs: each run covers the quarter hour before its lead time. */
    static final Duration JOB_INTERVAL = Duration.ofMinutes(15);

    private final String value;
    private final Duration lead;
    private final String sentAtColumn;

    ReminderKind(String value, Duration lead, String sentAtColumn) {
        this.value = value;
        this.lead = lead;
        this.sentAtColumn = sentAtColumn;
    }

    public String value() {
        return value;
    }

    Duration lead() {
        return lead;
    }

    String sentAtColumn() {
        return sentAtColumn;
    }
}
