package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A QueueSender that keeps what it was asked to send. */
final class RecordingQueueSender implements QueueSender {

    record Sent(String queueUrl, String body) {

        JsonNode event() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String queueUrl, String body) {
        sent.add(new Sent(queueUrl, body));
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }
}
