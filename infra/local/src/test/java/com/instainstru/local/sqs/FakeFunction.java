package com.instainstru.local.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.local.lambda.InvocationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A stand-in for the function behind an event source mapping: records each event, answers as told. */
final class FakeFunction implements Function<String, InvocationResult> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<JsonNode, InvocationResult> answer;
    private final List<JsonNode> events = new ArrayList<>();

    FakeFunction(Function<JsonNode, InvocationResult> answer) {
        this.answer = answer;
    }

    /** Reports every message whose body starts with "fail" in batchItemFailures. */
    static FakeFunction failingBodiesStartingWithFail() {
        return new FakeFunction(event -> {
            StringBuilder failures = new StringBuilder();
            for (JsonNode record : event.path("Records")) {
                if (record.path("body").asText().startsWith("fail")) {
                    failures.append(failures.length() == 0 ? "" : ",")
                            .append("{\"itemIdentifier\":\"").append(record.path("messageId").asText()).append("\"}");
                }
            }
            return success("{\"batchItemFailures\":[" + failures + "]}");
        });
    }

    static InvocationResult success(String payload) {
        return InvocationResult.success("req", payload, java.time.Duration.ofMillis(5));
    }

    @Override
    public synchronized InvocationResult apply(String event) {
        try {
            JsonNode parsed = JSON.readTree(event);
            events.add(parsed);
            return answer.apply(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized List<JsonNode> events() {
        return List.copyOf(events);
    }

    synchronized List<String> bodies() {
        List<String> bodies = new ArrayList<>();
        for (JsonNode event : events) {
            event.path("Records").forEach(record -> bodies.add(record.path("body").asText()));
        }
        return bodies;
    }
}
