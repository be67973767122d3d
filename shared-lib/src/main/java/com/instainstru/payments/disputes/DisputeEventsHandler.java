package com.instainstru.payments.disputes;

import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * {@code charge.dispute.*} (platform endpoint): every one re-fetches the dispute and syncs it, so a closed event
 * delivered before the created one still opens, then closes, the dispute once.
 */
@ApplicationScoped
public class DisputeEventsHandler implements StripeEventHandler {

    private final DisputeSync disputes;

    public DisputeEventsHandler(DisputeSync disputes) {
        this.disputes = disputes;
    }

    @Override
    public Set<String> types() {
        return Set.of("charge.dispute.created", "charge.dispute.updated", "charge.dispute.funds_withdrawn",
                "charge.dispute.closed");
    }

    @Override
    public void handle(StripeEvent event) {
        if (event.objectId() == null) {
            throw new IllegalArgumentException(event.type() + " without a dispute id: " + event.id());
        }
        disputes.sync(event.objectId());
    }
}
