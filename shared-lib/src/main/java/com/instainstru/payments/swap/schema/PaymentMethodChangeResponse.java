package com.instainstru.payments.swap.schema;

/**
 * The booking's payment after the card swap. {@code paymentStatus} scheduled (the new card is authorized at the
 * planned time), authorized (the retry succeeded; a PENDING booking is now CONFIRMED), payment_method_required (the
 * new card failed too: {@code authorizationErrorCode}; {@code requiresAction} with {@code clientSecret} for 3-D Secure
 * on {@code paymentIntentId}) or authorizing (Stripe did not answer conclusively; the scheduler finishes the attempt).
 */
public record PaymentMethodChangeResponse(String bookingId, String bookingStatus, String paymentStatus,
        String paymentMethodId, String cardBrand, String cardLast4, String authorizationErrorCode,
        boolean requiresAction, String paymentIntentId, String clientSecret) {
}
