package com.instainstru.payments.methods.schema;

/** A SetupIntent to confirm on the client (Stripe's Payment Element) with {@code clientSecret}. */
public record SetupIntentResponse(String setupIntentId, String clientSecret, String status) {
}
