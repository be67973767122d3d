package com.instainstru.platform.events;

import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.messaging.IdempotentConsumer;
import com.instainstru.platform.messaging.IdempotentConsumer.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The walking skeleton's consumer of domain events: records a receipt per event, once. Real consumers
 * (badges, referral rewards, notifications) follow the same shape.
 */
@ApplicationScoped
public class EventReceiptService {

    static final String CONSUMER = "event-receipts";

    private final IdempotentConsumer consumer;
    private final EventReceiptRepository receipts;
    private final IdGenerator ids;
    private final Clock clock;

    public EventReceiptService(IdempotentConsumer consumer, EventReceiptRepository receipts, IdGenerator ids,
            Clock clock) {
        this.consumer = consumer;
        this.receipts = receipts;
        this.ids = ids;
        this.clock = clock;
    }

    public Outcome receive(DomainEvent event, String sourceMessageId) {
        if (event.eventId() == null || !IdGenerator.isUlid(event.eventId())) {
            throw new IllegalArgumentException("domain event without a valid eventId: " + event.eventId());
        }
        return consumer.handleOnce(CONSUMER, event.eventId(), sourceMessageId,
                () -> receipts.insert(ids.newId(), event, clock.instant()));
    }

    public int receiptCount(String eventId) {
        return receipts.countFor(eventId);
    }
}
