package com.instainstru.payments.workflow;

import java.time.Duration;

/** The workflow's timing rules (reference §11). */
public final class RetryPolicy {

    /** A claim (authorizing / capturing) older than this belonged to a worker that died; it is resumed. */
    public static final Duration ABANDONED_CLAIM = Duration.ofMinutes(15);
    public static final Duration FINAL_WARNING_BEFORE_START = Duration.ofHours(13);
    public static final Duration FAILURE_BEFORE_START = Duration.ofHours(12);
    public static final Duration CAPTURE_AFTER_END = Duration.ofHours(24);
    public static final Duration CAPTURE_RETRY = Duration.ofHours(4);
    public static final Duration CAPTURE_ESCALATION = Duration.ofHours(72);
    /**
     * A PENDING booking (lesson < 24 h ahead) becomes PAYMENT_FAILED this long after its last failed attempt, or
     * after its creation when it was never checked out (reference §9, §11). It gets no automatic retries: the student
     * swaps the card, which retries at once.
     */
    public static final Duration PENDING_PAYMENT_WINDOW = Duration.ofMinutes(30);
    /** Stripe's longest card-not-present hold (payments-checks-ratelimit.md §1.1). */
    public static final Duration AUTHORIZATION_VALIDITY = Duration.ofDays(7);

    private RetryPolicy() {
    }

    /** The wait before the next authorization attempt after {@code failures} failed ones: 1 h, 4 h, then 8 h. */
    public static Duration afterAuthorizationFailures(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures count from 1: " + failures);
        }
        return switch (failures) {
            case 1 -> Duration.ofHours(1);
            case 2 -> Duration.ofHours(4);
            default -> Duration.ofHours(8);
        };
    }
}
