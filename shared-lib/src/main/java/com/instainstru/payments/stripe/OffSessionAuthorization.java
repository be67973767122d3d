package com.instainstru.payments.stripe;

import java.util.Objects;

/**
 * What to authorize for one booking: a manual-capture destination charge on the student's saved card, confirmed
 * off-session. {@code amountCents} is the card charge (lesson price - credits + student fee); Stripe transfers
 * {@code amountCents - applicationFeeCents} to the instructor's account on capture.
 */
public record OffSessionAuthorization(String bookingId, String customerId, String paymentMethodId,
        String destinationAccountId, int amountCents, int applicationFeeCents) {

    public OffSessionAuthorization {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(paymentMethodId, "paymentMethodId");
        Objects.requireNonNull(destinationAccountId, "destinationAccountId");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("an authorization is for a positive amount: " + amountCents);
        }
        if (applicationFeeCents < 0 || applicationFeeCents > amountCents) {
            throw new IllegalArgumentException("the application fee is 0.." + amountCents + ": " + applicationFeeCents);
        }
    }
}
