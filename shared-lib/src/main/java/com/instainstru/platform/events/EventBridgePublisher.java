package com.instainstru.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Publishes domain events to the project's custom EventBridge bus with PutEvents. */
@ApplicationScoped
public class EventBridgePublisher implements EventPublisher {

    private final EventBridgeClient eventBridge;
    private final ObjectMapper json;
    private final String busName;

    public EventBridgePublisher(EventBridgeClient eventBridge, ObjectMapper json,
            @ConfigProperty(name = "instainstru.events.bus-name") String busName) {
        this.eventBridge = eventBridge;
        this.json = json;
        this.busName = busName;
    }

    @Override
    public List<PublishResult> publish(List<DomainEvent> events) {
        if (events.size() > MAX_BATCH) {
            throw new IllegalArgumentException("PutEvents takes at most " + MAX_BATCH + " entries, got " + events.size());
        }
        if (events.isEmpty()) {
            return List.of();
        }
        List<PutEventsRequestEntry> entries = new ArrayList<>();
        for (DomainEvent event : events) {
            entries.add(entry(event));
        }
        PutEventsResponse response = eventBridge.putEvents(PutEventsRequest.builder().entries(entries).build());
        List<PublishResult> results = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            results.add(resultOf(events.get(i), response.entries().get(i)));
        }
        return results;
    }

    private PutEventsRequestEntry entry(DomainEvent event) {
        try {
            return PutEventsRequestEntry.builder()
                    .eventBusName(busName)
                    .source(DomainEvent.SOURCE)
                    .detailType(event.eventType())
                    .time(event.occurredAt())
                    .detail(json.writeValueAsString(event))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize event " + event.eventId(), e);
        }
    }

    private static PublishResult resultOf(DomainEvent event, PutEventsResultEntry entry) {
        if (entry.errorCode() == null) {
            return PublishResult.published(event.eventId());
        }
        return PublishResult.failed(event.eventId(), entry.errorCode() + ": " + entry.errorMessage());
    }
}
