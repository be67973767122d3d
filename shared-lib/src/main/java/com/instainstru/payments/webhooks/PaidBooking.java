package com.instainstru.payments.webhooks;

/**
 * The booking whose payment used a PaymentIntent, as a webhook handler finds it.
 *
 * @param paymentStatus {@code booking_payments.status}
 * @param bookingStatus {@code bookings.status}
 */
public record PaidBooking(String bookingId, String studentId, String paymentIntentId, String paymentStatus,
        String bookingStatus) {
}
