package com.instainstru.payments.customers;

import com.instainstru.payments.stripe.SetupIntentState;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;

/**
 * {@code setup_intent.succeeded}: a card was saved. A student without a default card gets this one as the default
 * new bookings use; one who chose a default keeps it. Read from the re-fetched SetupIntent, never the payload.
 */
@ApplicationScoped
public class SetupIntentSucceededHandler implements StripeEventHandler {

    private final StripeGateway stripe;
    private final StripeCustomerRepository customers;
    private final Clock clock;

    public SetupIntentSucceededHandler(StripeGateway stripe, StripeCustomerRepository customers, Clock clock) {
        this.stripe = stripe;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of("setup_intent.succeeded");
    }

    @Override
    public void handle(StripeEvent event) {
        if (event.objectId() == null) {
            throw new IllegalArgumentException("setup_intent.succeeded without a SetupIntent id: " + event.id());
        }
        SetupIntentState intent = stripe.retrieveSetupIntent(event.objectId());
        if (intent.succeeded() && intent.customerId() != null && intent.paymentMethodId() != null) {
            // one statement, no transaction needed: it only fills an empty default
            customers.setDefaultPaymentMethodIfNone(intent.customerId(), intent.paymentMethodId(), clock.instant());
        }
    }
}
