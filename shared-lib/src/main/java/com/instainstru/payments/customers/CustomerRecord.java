package com.instainstru.payments.customers;

/** A user's Stripe customer ({@code cus_...}) and the card they chose as default, if any. */
public record CustomerRecord(String userId, String stripeCustomerId, String defaultPaymentMethodId) {
}
