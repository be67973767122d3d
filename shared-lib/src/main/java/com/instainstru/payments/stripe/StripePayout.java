package com.instainstru.payments.stripe;

import java.time.Instant;

/**
 * A payout from a connected account's Stripe balance to its bank ({@code po_...}).
 *
 * @param arrivalDate when the bank is expected to have it (Stripe's {@code arrival_date})
 * @param status {@code paid}, {@code pending}, {@code in_transit}, {@code canceled} or {@code failed}
 */
public record StripePayout(String id, int amountCents, String currency, Instant arrivalDate, String status) {
}
