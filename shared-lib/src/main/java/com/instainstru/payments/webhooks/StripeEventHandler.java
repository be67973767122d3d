package com.instainstru.payments.webhooks;

import java.util.Set;

/**
 * Reacts to one Stripe event type. Handlers must be idempotent and order-independent: a delivery whose handling
 * failed is handled again when Stripe retries it, and events arrive in any order, so state is re-fetched from Stripe.
 */
public interface StripeEventHandler {

    /** The event types handled, e.g. {@code account.updated}; one handler per type. */
    Set<String> types();

    void handle(StripeEvent event);
}
