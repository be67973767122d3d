package com.instainstru.bookings.cancellation;

import java.math.BigDecimal;

/**
 * The policy's verdict: the window the cancellation fell in, the outcome, and every amount in cents.
 *
 * @param hoursBeforeStart    (start - now) in hours, truncated to 3 decimals (display only; the window is
 *                            decided on the exact duration)
 * @param studentFeeCents     SF of the booking, round(LP x 12 %)
 * @param instructorFeeCents  IF of the booking, round(LP x tier)
 * @param studentChargeCents  what the student's card pays in the end: LP + SF for a penalty cancel, else 0
 * @param studentCreditCents  platform credit the student receives
 * @param studentRefundCents  what the student is made whole for on an instructor cancel (LP + SF): payments
 *                            refunds whatever it captured and releases any authorization
 * @param instructorPayoutCents what the instructor is paid for the cancelled lesson
 */
public record CancellationDecision(
        CancellationWindow window,
        CancellationOutcome outcome,
        BigDecimal hoursBeforeStart,
        int lessonPriceCents,
        int studentFeeCents,
        BigDecimal instructorFeePct,
        int instructorFeeCents,
        int studentChargeCents,
        int studentCreditCents,
        int studentRefundCents,
        int instructorPayoutCents) {
}
