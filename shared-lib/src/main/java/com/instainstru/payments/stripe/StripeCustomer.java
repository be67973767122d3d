package com.instainstru.payments.stripe;

/** A Stripe customer: {@code cus_...}. */
public record StripeCustomer(String id) {
}
