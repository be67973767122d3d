package com.instainstru.payments.stripe;

/** A SetupIntent re-fetched from Stripe: {@code paymentMethodId} is the card it saved once {@code succeeded}. */
public record SetupIntentState(String id, String status, String customerId, String paymentMethodId) {

    public boolean succeeded() {
        return "succeeded".equals(status);
    }
}
