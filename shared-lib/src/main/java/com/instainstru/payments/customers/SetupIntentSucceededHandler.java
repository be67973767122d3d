package com.instainstru.payments.customers;

import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** {@code setup_intent.succeeded}: a card was saved; it becomes the default of a student without one. */
@ApplicationScoped
public class SetupIntentSucceededHandler implements StripeEventHandler {

    private final SetupIntentDefaults defaults;

    public SetupIntentSucceededHandler(SetupIntentDefaults defaults) {
        this.defaults = defaults;
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
        defaults.adoptIfNoDefault(event.objectId());
    }
}
