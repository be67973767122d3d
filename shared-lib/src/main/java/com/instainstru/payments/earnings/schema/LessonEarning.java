package com.instainstru.payments.earnings.schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One lesson's money from the instructor's side, in cents: the lesson price, the platform's commission at the
 * instructor's tier when booked, and the payout: what the instructor was paid for a {@code paid} lesson (all of
 * price - commission for a lesson held, half of it for a late cancellation's split), else what they will be paid if
 * the lesson is held; commission and payout are 0 when nothing comes to the instructor.
 *
 * @param status {@code paid} (money transferred; {@code paidAt} says when first), {@code pending_capture} (card
 *     authorized), {@code awaiting_authorization} (authorized 24 h before the lesson, or the student must fix the
 *     card), {@code held} (captured and held by the platform, reference §13), {@code settling} (a settlement in
 *     flight), {@code in_review} (operations review it), {@code no_payout} (cancelled, failed or refunded: nothing
 *     for the instructor)
 */
public record LessonEarning(String bookingId, Instant lessonStartAt, String serviceName, int durationMinutes,
        int lessonPriceCents, BigDecimal commissionPct, int commissionCents, int payoutCents, String status,
        Instant paidAt) {
}
