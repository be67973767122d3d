package com.instainstru.payments.credits;

/**
 * What a cancellation did to a booking's reserved credits, in cents: given back as available, given back but
 * already past their expiry (so expired at release), and forfeited.
 */
public record CreditSettlement(int releasedCents, int expiredCents, int forfeitedCents) {
}
