package com.instainstru.payments.stripe;

/** A refund ({@code re_...}): {@code status} is pending, requires_action, succeeded, failed or canceled. */
public record RefundResult(String id, String paymentIntentId, int amountCents, String status) {
}
