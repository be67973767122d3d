package com.instainstru.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the domain event out of a queue message body; anything else is a poison message. */
@ApplicationScoped
public class BusMessageReader {

    private final ObjectMapper json;

    public BusMessageReader(ObjectMapper json) {
        this.json = json;
    }

    public DomainEvent read(String body) {
        BusMessage message;
        try {
            message = json.readValue(body, BusMessage.class);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("not an EventBridge event: " + e.getOriginalMessage());
        }
        if (!DomainEvent.SOURCE.equals(message.source()) || message.detail() == null
                || message.detail().eventId() == null) {
            throw new PoisonMessageException("not an InstaInstru domain event (source " + message.source() + ")");
        }
        return message.detail();
    }

    /** A message no retry can fix; it fails until the queue moves it to the dead-letter queue. */
    public static class PoisonMessageException extends RuntimeException {
        public PoisonMessageException(String message) {
            super(message);
        }
    }
}
