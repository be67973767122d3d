package com.instainstru.payments.webhooks;

/**
 * The envelope of a Stripe event, as far as routing needs it; handlers re-fetch the object from Stripe when its
 * state matters, because deliveries come in any order.
 *
 * @param account the connected account ({@code acct_...}) for events of the Connect endpoint, else null
 * @param objectId {@code data.object.id}
 * @param payload the raw body, kept for replay and support
 */
public record StripeEvent(String id, String type, String account, boolean livemode, String objectId,
        String payload) {
}
