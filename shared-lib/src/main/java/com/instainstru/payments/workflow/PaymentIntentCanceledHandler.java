package com.instainstru.payments.workflow;

import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** {@code payment_intent.canceled}: a hold our payment counts on that Stripe cancelled is authorized afresh. */
@ApplicationScoped
public class PaymentIntentCanceledHandler implements StripeEventHandler {

    private final CanceledAuthorizations authorizations;

    public PaymentIntentCanceledHandler(CanceledAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public Set<String> types() {
        return Set.of("payment_intent.canceled");
    }

    @Override
    public void handle(StripeEvent event) {
        if (event.objectId() == null) {
            throw new IllegalArgumentException("payment_intent.canceled without a PaymentIntent id: " + event.id());
        }
        authorizations.reconcile(event.objectId());
    }
}
