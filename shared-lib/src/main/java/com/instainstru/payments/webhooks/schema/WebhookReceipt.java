package com.instainstru.payments.webhooks.schema;

/**
 * The answer Stripe gets: 2xx means "do not deliver again". {@code duplicate} is true when the event id was already
 * processed, and the delivery had no effect.
 */
public record WebhookReceipt(boolean received, boolean duplicate) {
}
