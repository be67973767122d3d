package com.instainstru.payments.refunds;

import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** {@code charge.refunded} (platform endpoint): reconcile the charge's refunds as Stripe holds them now. */
@ApplicationScoped
public class ChargeRefundedHandler implements StripeEventHandler {

    private final RefundReconciliation refunds;

    public ChargeRefundedHandler(RefundReconciliation refunds) {
        this.refunds = refunds;
    }

    @Override
    public Set<String> types() {
        return Set.of("charge.refunded");
    }

    @Override
    public void handle(StripeEvent event) {
        if (event.objectId() == null) {
            throw new IllegalArgumentException("charge.refunded without a charge id: " + event.id());
        }
        refunds.reconcile(event.objectId());
    }
}
