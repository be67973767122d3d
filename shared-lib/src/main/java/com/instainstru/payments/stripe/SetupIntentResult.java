package com.instainstru.payments.stripe;

/** A SetupIntent for saving a card for later off-session use; the client confirms it with {@code clientSecret}. */
public record SetupIntentResult(String id, String clientSecret, String status) {
}
