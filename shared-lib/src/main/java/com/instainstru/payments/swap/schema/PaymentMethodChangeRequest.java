package com.instainstru.payments.swap.schema;

/** The saved card ({@code pm_...}) a booking's payment should use from now on. */
public record PaymentMethodChangeRequest(String paymentMethodId) {
}
