package com.instainstru.payments.stripe;

import java.util.Set;

/**
 * A dispute ({@code dp_...}, a chargeback or an inquiry) as Stripe reports it.
 *
 * @param status warning_needs_response, warning_under_review, warning_closed, needs_response, under_review,
 *        won, lost or prevented
 */
public record DisputeResult(String id, String chargeId, String paymentIntentId, int amountCents, String status,
        String reason) {

    private static final Set<String> CLOSED = Set.of("won", "lost", "warning_closed", "prevented");

    /** Stripe will not change it any more. */
    public boolean closed() {
        return CLOSED.contains(status);
    }

    /** Closed and the money went back to the cardholder. The other closed states keep it with us. */
    public boolean lost() {
        return "lost".equals(status);
    }
}
