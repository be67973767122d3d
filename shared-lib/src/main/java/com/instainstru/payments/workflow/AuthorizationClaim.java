package com.instainstru.payments.workflow;

/**
 * A payment claimed for one authorization attempt ({@code attempt} names the idempotency key).
 *
 * @param afterServerError the attempt follows a Stripe 5xx: look the PaymentIntent up before creating one
 */
record AuthorizationClaim(String bookingId, int attempt, String customerId, String paymentMethodId,
        String destinationAccountId, int cardChargeCents, int applicationFeeCents, boolean afterServerError) {
}
