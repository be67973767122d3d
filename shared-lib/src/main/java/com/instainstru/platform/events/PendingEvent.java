package com.instainstru.platform.events;

/** An outbox row claimed for publishing, with the number of earlier failed attempts. */
public record PendingEvent(DomainEvent event, int attempts) {
}
