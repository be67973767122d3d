package com.instainstru.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A fact the domain recorded, as stored in the outbox and carried as the {@code detail} of the
 * EventBridge event. {@code eventId} is the outbox row's ULID: consumers de-duplicate on it, which also
 * covers an event the relay published twice.
 */
public record DomainEvent(
        String eventId,
        String eventType,
        String aggregateType,
        String aggregateId,
        Instant occurredAt,
        JsonNode payload) {

    /** The EventBridge {@code source} of every domain event; template.yaml's rules match on it. */
    public static final String SOURCE = "instainstru";
}
