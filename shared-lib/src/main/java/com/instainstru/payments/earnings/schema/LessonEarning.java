package com.instainstru.payments.earnings.schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One lesson's money from the instructor's side, in cents: the lesson price, the platform's commission at the
 * instructor's tier when booked, and the payout (price - commission); commission and payout are 0 for a lesson that
 * was never charged.
 *
 * @param status {@code paid} (captured; {@code paidAt} says when), {@code pending_capture} (card authorized),
 *     {@code awaiting_authorization} (authorized 24 h before the lesson, or the student must fix the card),
 *     {@code held} (captured and held by the platform, reference §13), {@code in_review} (operations review it),
 *     {@code not_charged} (cancelled or failed without a charge)
 */
public record LessonEarning(String bookingId, Instant lessonStartAt, String serviceName, int durationMinutes,
        int lessonPriceCents, BigDecimal commissionPct, int commissionCents, int payoutCents, String status,
        Instant paidAt) {
}
