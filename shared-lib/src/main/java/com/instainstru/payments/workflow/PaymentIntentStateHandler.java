package com.instainstru.payments.workflow;

import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The PaymentIntent transitions the worker owns: only checked against Stripe ({@link PaymentIntentStateCheck}). */
@ApplicationScoped
public class PaymentIntentStateHandler implements StripeEventHandler {

    private final PaymentIntentStateCheck check;

    public PaymentIntentStateHandler(PaymentIntentStateCheck check) {
        this.check = check;
    }

    @Override
    public Set<String> types() {
        return Set.of("payment_intent.succeeded", "payment_intent.amount_capturable_updated",
                "payment_intent.payment_failed");
    }

    @Override
    public void handle(StripeEvent event) {
        if (event.objectId() == null) {
            throw new IllegalArgumentException(event.type() + " without a PaymentIntent id: " + event.id());
        }
        check.check(event.type(), event.objectId());
    }
}
