package com.instainstru.payments.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * One queue message: perform {@code action} on the booking's payment, found due at {@code at} (the scheduler's
 * "now"). The worker checks the due condition again against {@code at} when it claims the row, so a replayed or
 * duplicated message whose state already moved does nothing.
 */
public record PaymentActionMessage(String bookingId, PaymentAction action, Instant at) {

    public PaymentActionMessage {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
