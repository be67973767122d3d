package com.instainstru.payments.credits;

/**
 * A user's credits in cents: available to spend now (not past expiry), reserved for upcoming lessons, and frozen
 * by a chargeback on the booking they came from (shown apart, spendable by nobody).
 */
public record CreditBalance(int availableCents, int reservedCents, int frozenCents) {
}
