package com.instainstru.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.platform.TestPlatform;
import com.instainstru.testsupport.aws.AwsEmulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** PutEvents through the real SDK against the AWS emulator: a rule on the bus delivers to a queue. */
class EventBridgePublisherTest {

    @Test
    void publishesEachEventToTheBusWhereARuleDeliversItToTheQueue() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        String suffix = Long.toHexString(System.nanoTime());
        String bus = "publisher-test-" + suffix;
        try (EventBridgeClient events = aws.eventBridge(); SqsClient sqs = aws.sqs()) {
            events.createEventBus(b -> b.name(bus));
            String queueUrl = sqs.createQueue(b -> b.queueName("publisher-test-" + suffix)).queueUrl();
            String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            events.putRule(b -> b.name("all-domain-events").eventBusName(bus)
                    .eventPattern("{\"source\": [\"instainstru\"]}"));
            events.putTargets(b -> b.rule("all-domain-events").eventBusName(bus)
                    .targets(t -> t.id("queue").arn(queueArn)));

            TestPlatform platform = new TestPlatform(java.time.Clock.systemUTC());
            EventBridgePublisher publisher = new EventBridgePublisher(events, platform.json, bus);
            DomainEvent event = new DomainEvent(platform.ids.newId(), "platform.skeleton-ping", "platform",
                    platform.ids.newId(), Instant.parse("2026-11-28T09:00:00Z"),
                    platform.json.createObjectNode().put("note", "hello"));

            List<PublishResult> results = publisher.publish(List.of(event));

            assertThat(results).containsExactly(PublishResult.published(event.eventId()));
            List<Message> delivered = new ArrayList<>();
            for (int i = 0; i < 10 && delivered.isEmpty(); i++) {
                delivered.addAll(sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1)).messages());
            }
            assertThat(delivered).hasSize(1);
            JsonNode envelope = platform.json.readTree(delivered.get(0).body());
            assertThat(envelope.get("source").asText()).isEqualTo("instainstru");
            assertThat(envelope.get("detail-type").asText()).isEqualTo("platform.skeleton-ping");
            DomainEvent received = platform.json.treeToValue(envelope.get("detail"), DomainEvent.class);
            assertThat(received).isEqualTo(event);
        }
    }
}
