package com.instainstru.payments.workflow;

import java.time.Instant;

/** A payment claimed for one capture attempt ({@code attempt} names the idempotency key). */
record CaptureClaim(String bookingId, int attempt, String paymentIntentId, int cardChargeCents,
        Instant firstFailedAt) {
}
