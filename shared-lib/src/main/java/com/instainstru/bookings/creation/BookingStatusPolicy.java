package com.instainstru.bookings.creation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The status a new booking starts in. Today every booking is confirmed at once. This is the seam for payments
 * (issue #7): a lesson starting within 24 hours must be authorized immediately and will start PENDING until the
 * authorization succeeds (reference §9 payment-setup flow).
 */
@ApplicationScoped
public class BookingStatusPolicy {

    public static final String CONFIRMED = "CONFIRMED";

    public String initialStatus(Instant lessonStart, Instant now) {
        return CONFIRMED;
    }
}
