package com.instainstru.payments.stripe;

/** A transfer from the platform balance to a connected account ({@code tr_...}), in cents. */
public record TransferResult(String id, int amountCents, String destinationAccountId) {
}
