package com.instainstru.bookings.cancellation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What the policy needs to know about one cancellation.
 *
 * @param paymentHeld       the booking is CONFIRMED, so the student's payment is held or scheduled; a PENDING
 *                          booking never had a successful authorization and is cancelled without charge
 * @param gamingReschedule  the booking was created by rescheduling a lesson that was less than 24 h away at
 *                          reschedule time: a student cancel even 24 h or more ahead is a penalty cancel (§12)
 * @param locked            the booking was created by a late (12-24 h) reschedule and its payment is LOCKed
 *                          (§13): a student cancel 12 h or more ahead credits the whole lesson price, under 12 h
 *                          it splits 50/50; an instructor cancel still refunds everything
 */
public record CancellationCase(
        CancelledBy cancelledBy,
        Instant startAt,
        Instant now,
        int lessonPriceCents,
        BigDecimal instructorTierPct,
        boolean paymentHeld,
        boolean gamingReschedule,
        boolean locked) {

    public CancellationCase {
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(instructorTierPct, "instructorTierPct");
        if (lessonPriceCents < 0) {
            throw new IllegalArgumentException("lessonPriceCents must not be negative");
        }
    }
}
