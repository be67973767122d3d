package com.instainstru.bookings.creation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The status a new booking starts in (reference §9 payment-setup flow): a lesson starting 24 hours or more after now
 * is CONFIRMED at once (its card is authorized at T-24h); a nearer one is PENDING until checkout authorizes the card,
 * and becomes PAYMENT_FAILED if that has not happened 30 minutes after the last attempt (payments.workflow).
 * A PENDING booking holds its time like a confirmed one.
 */
@ApplicationScoped
public class BookingStatusPolicy {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String PENDING = "PENDING";
    /** Lessons starting sooner than this after booking are authorized at checkout before they are confirmed. */
    public static final Duration IMMEDIATE_AUTHORIZATION_WINDOW = Duration.ofHours(24);

    public String initialStatus(Instant lessonStart, Instant now) {
        return lessonStart.isBefore(now.plus(IMMEDIATE_AUTHORIZATION_WINDOW)) ? PENDING : CONFIRMED;
    }
}
