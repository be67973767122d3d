package com.instainstru.payments.stripe;

/** A reversal ({@code trr_...}) of part or all of a transfer, in cents. */
public record TransferReversalResult(String id, String transferId, int amountCents) {
}
