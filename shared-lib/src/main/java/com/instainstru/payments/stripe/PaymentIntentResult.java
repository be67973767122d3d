package com.instainstru.payments.stripe;

import java.time.Instant;

/**
 * A PaymentIntent ({@code pi_...}) after a call, amounts in cents.
 *
 * @param status Stripe's status: requires_capture after an authorization, succeeded after a capture, canceled
 * @param amountCapturableCents what a capture may still take (0 once captured or cancelled)
 * @param latestChargeId the charge ({@code ch_...}) when Stripe expanded it, else null
 * @param transferId the destination charge's transfer ({@code tr_...}) once captured, else null
 * @param captureBefore when the card network releases the hold; null when Stripe did not say
 */
public record PaymentIntentResult(String id, String status, int amountCents, int amountCapturableCents,
        int amountReceivedCents, String latestChargeId, String transferId, Instant captureBefore) {

    public boolean authorized() {
        return "requires_capture".equals(status);
    }
}
