package com.instainstru.payments.workflow;

import java.time.Instant;

/**
 * A payment claimed for one capture attempt ({@code attempt} names the idempotency key).
 *
 * @param afterServerError the attempt follows a Stripe 5xx: retrieve the PaymentIntent before capturing
 */
record CaptureClaim(String bookingId, String studentId, int attempt, String paymentIntentId, int cardChargeCents,
        Instant firstFailedAt, boolean afterServerError) {
}
