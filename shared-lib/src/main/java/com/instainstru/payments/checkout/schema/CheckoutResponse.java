package com.instainstru.payments.checkout.schema;

import java.time.Instant;

/**
 * The booking's payment, in cents. For a lesson 24 h or more ahead (a CONFIRMED booking) the card is authorized at
 * {@code authorizationScheduledFor} (24 h before the lesson) for {@code cardChargeCents}: {@code paymentStatus}
 * scheduled. For a lesson less than 24 h ahead (a PENDING booking) checkout authorizes the card at once:
 * {@code paymentStatus} authorized (the booking is now CONFIRMED) or payment_method_required (the booking stays
 * PENDING; {@code authorizationErrorCode} says why; {@code requiresAction} with {@code clientSecret} when the issuer
 * asks for 3-D Secure on {@code paymentIntentId}), or authorizing when Stripe did not answer conclusively (the
 * scheduler finishes the attempt).
 */
public record CheckoutResponse(String bookingId, String bookingStatus, String paymentStatus, String paymentMethodId,
        String cardBrand, String cardLast4, int lessonPriceCents, int studentFeeCents, int creditAppliedCents,
        int cardChargeCents, Instant authorizationScheduledFor, String authorizationErrorCode, boolean requiresAction,
        String paymentIntentId, String clientSecret) {
}
