package com.instainstru.payments.checkout.schema;

import java.time.Instant;

/**
 * The booking's scheduled payment, in cents: the card is authorized at {@code authorizationScheduledFor} (24 h
 * before the lesson, or at the next scheduler run for a lesson less than 24 h ahead) for {@code cardChargeCents}.
 */
public record CheckoutResponse(String bookingId, String paymentStatus, String paymentMethodId, String cardBrand,
        String cardLast4, int lessonPriceCents, int studentFeeCents, int creditAppliedCents, int cardChargeCents,
        Instant authorizationScheduledFor) {
}
