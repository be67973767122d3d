package com.instainstru.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.ids.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** How services emit domain events: inside their own transaction, so the change and its event commit together. */
@ApplicationScoped
public class OutboxService {

    private final OutboxRepository outbox;
    private final IdGenerator ids;
    private final Clock clock;
    private final ObjectMapper json;

    public OutboxService(OutboxRepository outbox, IdGenerator ids, Clock clock, ObjectMapper json) {
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
        this.json = json;
    }

    public DomainEvent emit(String eventType, String aggregateType, String aggregateId, Object payload) {
        DomainEvent event = new DomainEvent(ids.newId(), eventType, aggregateType, aggregateId, clock.instant(),
                json.valueToTree(payload));
        outbox.append(event);
        return event;
    }
}
