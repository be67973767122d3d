package com.instainstru.payments.methods.schema;

import java.util.List;

/** The caller's saved cards, newest first. */
public record PaymentMethodsResponse(List<PaymentMethodResponse> items) {

    public PaymentMethodsResponse {
        items = List.copyOf(items);
    }
}
