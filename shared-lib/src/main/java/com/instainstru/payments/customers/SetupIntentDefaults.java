package com.instainstru.payments.customers;

import com.instainstru.payments.stripe.SetupIntentState;
import com.instainstru.payments.stripe.StripeGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * A card saved through a SetupIntent becomes the default new bookings use for a student without one; one who chose a
 * default keeps it. Read from the re-fetched SetupIntent, never a webhook payload.
 */
@ApplicationScoped
public class SetupIntentDefaults {

    private final StripeGateway stripe;
    private final StripeCustomerRepository customers;
    private final Clock clock;

    public SetupIntentDefaults(StripeGateway stripe, StripeCustomerRepository customers, Clock clock) {
        this.stripe = stripe;
        this.customers = customers;
        this.clock = clock;
    }

    /** True when the SetupIntent's card became its customer's default. */
    public boolean adoptIfNoDefault(String setupIntentId) {
        SetupIntentState intent = stripe.retrieveSetupIntent(setupIntentId);
        if (!intent.succeeded() || intent.customerId() == null || intent.paymentMethodId() == null) {
            return false;
        }
        // one statement, no transaction needed: it only fills an empty default
        return customers.setDefaultPaymentMethodIfNone(intent.customerId(), intent.paymentMethodId(),
                clock.instant());
    }
}
