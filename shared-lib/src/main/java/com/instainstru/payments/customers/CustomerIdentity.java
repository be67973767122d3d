package com.instainstru.payments.customers;

/** What the Stripe customer is created with. */
public record CustomerIdentity(String email, String name) {
}
