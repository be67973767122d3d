package com.instainstru.payments.earnings.schema;

/**
 * All the instructor's lessons, in cents. {@code paidOutCents}: payouts transferred to the Connect account at
 * capture (Stripe then pays the bank on the account's schedule); {@code pendingCaptureCents}: payouts of lessons
 * whose card is authorized and not yet captured (captured 24 h after the lesson ends).
 */
public record EarningsTotals(long paidOutCents, long pendingCaptureCents, int paidLessonCount,
        int pendingCaptureLessonCount) {
}
