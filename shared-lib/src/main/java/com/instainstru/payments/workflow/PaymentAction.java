package com.instainstru.payments.workflow;

/** The steps of a booking's payment workflow that the scheduler enqueues and the worker performs. */
public enum PaymentAction {
    /** The first authorization at T-24h, a retry after a failure, or the resumption of a crashed attempt. */
    AUTHORIZE,
    /** The one-time "cancelled in 1 hour" warning at T-13h while the card still fails. */
    WARN_FINAL,
    /** At T-12h without an authorization: the booking becomes PAYMENT_FAILED, nothing is charged. */
    FAIL,
    /** End + 24 h of a completed lesson, a retry every 4 h, or the resumption of a crashed attempt. */
    CAPTURE,
    /** An authorization past its validity (7 days, or the card's capture_before) for a lesson not completed. */
    EXPIRE,
    /** A rescheduled lesson's payment moves to the booking that replaced it. */
    CARRY_OVER,
    /** A late reschedule's payment is captured and its transfer reversed: LOCKed until the new lesson resolves. */
    LOCK,
    /** A cancellation or confirmed no-show is settled as the bookings policy decided, or a LOCKed lesson paid out. */
    SETTLE,
    /**
     * A PENDING booking (lesson < 24 h ahead) still unauthorized 30 minutes after its last attempt, or never checked
     * out 30 minutes after its creation: PAYMENT_FAILED, nothing charged, credits released.
     */
    FAIL_PENDING
}
