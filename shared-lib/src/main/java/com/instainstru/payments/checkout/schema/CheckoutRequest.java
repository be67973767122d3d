package com.instainstru.payments.checkout.schema;

/**
 * Pays for a confirmed booking with one of the student's saved cards, optionally spending credits on the lesson
 * price (never on the student fee). {@code requestedCreditCents} defaults to 0.
 */
public record CheckoutRequest(String bookingId, String paymentMethodId, Integer requestedCreditCents) {
}
