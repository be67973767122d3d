package com.instainstru.payments.earnings.schema;

import java.time.Instant;

/**
 * A payout from the instructor's Stripe balance to their bank.
 *
 * @param arrivalDate when the bank is expected to have it
 * @param status Stripe's: {@code paid}, {@code pending}, {@code in_transit}, {@code canceled} or {@code failed}
 */
public record PayoutView(String id, int amountCents, String currency, Instant arrivalDate, String status) {
}
