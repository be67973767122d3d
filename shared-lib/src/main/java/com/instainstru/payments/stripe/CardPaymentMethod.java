package com.instainstru.payments.stripe;

/** A saved card ({@code pm_...}) as the student may see it: never the number, only brand, last 4 and expiry. */
public record CardPaymentMethod(String id, String brand, String last4, int expMonth, int expYear) {
}
