package com.instainstru.platform.events;

import java.util.List;

/** Sends domain events to the event bus. One result per event, in the same order. */
public interface EventPublisher {

    /** The largest batch {@link #publish} accepts (EventBridge PutEvents takes 10 entries a call). */
    int MAX_BATCH = 10;

    List<PublishResult> publish(List<DomainEvent> events);
}
