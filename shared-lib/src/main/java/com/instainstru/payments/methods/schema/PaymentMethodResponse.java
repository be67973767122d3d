package com.instainstru.payments.methods.schema;

/** A saved card as its owner sees it: never the number, only brand, last 4 and expiry. */
public record PaymentMethodResponse(String id, String brand, String last4, int expMonth, int expYear,
        boolean isDefault) {
}
