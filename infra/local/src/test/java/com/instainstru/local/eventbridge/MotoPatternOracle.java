package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.TestEventPatternResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Asks the AWS emulator whether a pattern matches an event. It uses TestEventPattern when the emulator
 * answers it; moto 5.2 accepts the call but answers with an empty body (its handler is a stub), so
 * then it asks moto's matcher the way production uses it: a rule with the pattern on a bus of its own,
 * an SQS queue as target, PutEvents, and whether a message arrived (moto delivers before PutEvents
 * returns).
 */
final class MotoPatternOracle implements AutoCloseable {

    /** The envelope fields moto's PutEvents takes from the entry; others it fills in itself. */
    private static final Set<String> ENTRY_FIELDS = Set.of("source", "detail-type", "detail", "resources");

    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String bus = "pattern-cases-" + UUID.randomUUID().toString().substring(0, 8);
    private final boolean testEventPatternAnswers;
    private int rules;

    MotoPatternOracle(EventBridgeClient events, SqsClient sqs, JsonNode sampleEvent) {
        this.events = events;
        this.sqs = sqs;
        this.testEventPatternAnswers = askTestEventPattern("{\"source\":[{\"exists\":true}]}", sampleEvent) != null;
        if (!testEventPatternAnswers) {
            events.createEventBus(r -> r.name(bus));
        }
    }

    /** How the answers are obtained, for messages. */
    String method() {
        return testEventPatternAnswers ? "TestEventPattern" : "rule + PutEvents + SQS (TestEventPattern is a stub)";
    }

    boolean matches(JsonNode pattern, JsonNode event) {
        if (testEventPatternAnswers) {
            return askTestEventPattern(pattern.toString(), event);
        }
        return routes(pattern, event);
    }

    private Boolean askTestEventPattern(String pattern, JsonNode event) {
        try {
            TestEventPatternResponse response =
                    events.testEventPattern(r -> r.eventPattern(pattern).event(event.toString()));
            return response.result();
        } catch (SdkClientException unreadableAnswer) {
            return null;
        }
    }

    private boolean routes(JsonNode pattern, JsonNode event) {
        Set<String> unreachable = new TreeSet<>(topLevelFields(pattern));
        unreachable.removeAll(ENTRY_FIELDS);
        if (!unreachable.isEmpty()) {
            throw new IllegalStateException("the pattern uses " + unreachable
                    + ", which PutEvents cannot set, so moto cannot be asked about it: " + pattern);
        }
        String rule = "case-" + (++rules);
        String queueUrl = sqs.createQueue(r -> r.queueName(bus + "-" + rule)).queueUrl();
        try {
            String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            events.putRule(r -> r.name(rule).eventBusName(bus).eventPattern(pattern.toString()));
            events.putTargets(r -> r.rule(rule).eventBusName(bus).targets(t -> t.id("queue").arn(queueArn)));
            PutEventsResponse put = events.putEvents(r -> r.entries(e -> e.eventBusName(bus)
                    .source(event.path("source").asText())
                    .detailType(event.path("detail-type").asText())
                    .detail(event.path("detail").toString())
                    .resources(texts(event.path("resources")))));
            if (put.failedEntryCount() != 0) {
                throw new IllegalStateException("moto refused the event: " + put.entries());
            }
            return !sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
                    .messages().isEmpty();
        } finally {
            events.removeTargets(r -> r.rule(rule).eventBusName(bus).ids("queue"));
            events.deleteRule(r -> r.name(rule).eventBusName(bus));
            sqs.deleteQueue(r -> r.queueUrl(queueUrl));
        }
    }

    /** The top-level fields a pattern names, those inside top-level $or branches included. */
    private static Set<String> topLevelFields(JsonNode pattern) {
        Set<String> fields = new TreeSet<>();
        pattern.properties().forEach(field -> {
            if (field.getKey().equals("$or") && field.getValue().isArray()) {
                field.getValue().forEach(branch -> fields.addAll(topLevelFields(branch)));
            } else {
                fields.add(field.getKey());
            }
        });
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Override
    public void close() {
        if (!testEventPatternAnswers) {
            events.deleteEventBus(r -> r.name(bus));
        }
    }
}
