package com.instainstru.payments.workflow;

/** What the worker did with one message. Retryable Stripe failures are thrown instead, for the queue to redeliver. */
public enum ActionResult {
    /** The state had moved on (a replay, a duplicate, a booking cancelled meanwhile): nothing done. */
    SKIPPED,
    AUTHORIZED,
    AUTHORIZATION_FAILED,
    FINAL_WARNING_SENT,
    PAYMENT_FAILED,
    CAPTURED,
    CAPTURE_FAILED,
    CAPTURE_ESCALATED,
    AUTHORIZATION_EXPIRED,
    /** A cancellation, no-show or LOCKed lesson settled (settlement_outcome says how). */
    SETTLED,
    /** Captured and the transfer reversed on a late reschedule (§13). */
    LOCKED,
    /** A rescheduled lesson's payment moved to the booking that replaced it. */
    CARRIED_OVER,
    MANUAL_REVIEW
}
