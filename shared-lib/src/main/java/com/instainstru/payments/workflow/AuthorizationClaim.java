package com.instainstru.payments.workflow;

/** A payment claimed for one authorization attempt ({@code attempt} names the idempotency key). */
record AuthorizationClaim(String bookingId, int attempt, String customerId, String paymentMethodId,
        String destinationAccountId, int cardChargeCents, int applicationFeeCents) {
}
