package com.instainstru.functions.eventworker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.events.DomainEvent;
import com.instainstru.platform.events.EventReceiptService;
import com.instainstru.platform.events.OutboxRelayService;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.testsupport.aws.AwsEmulator;
import com.instainstru.testsupport.aws.SqsLambdaEvents;
import com.instainstru.testsupport.aws.TemplateEventsTestResource;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The SQS path, with the test playing Lambda's event source mapping: receive from template.yaml's
 * worker queue, invoke the function with the SQS event, delete what succeeded, let the rest reappear.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TemplateEventsTestResource.class)
class EventWorkerHandlerTest {

    @Inject
    OutboxService outbox;

    @Inject
    OutboxRelayService relay;

    @Inject
    EventReceiptService receipts;

    @Inject
    Transactions tx;

    @Inject
    IdGenerator ids;

    @Inject
    ObjectMapper json;

    @Test
    void anOutboxRowTravelsThroughTheBusAndQueueAndIsAppliedOnceEvenWhenDeliveredTwice() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        DomainEvent event = tx.call(() -> outbox.emit("platform.skeleton-ping", "platform", ids.newId(),
                Map.of("note", "end to end")));
        relay.relayDue(event.occurredAt().plusSeconds(1));

        try (SqsClient sqs = aws.sqs()) {
            List<Message> batch = receive(sqs, workerQueue(), 1);
            assertThat(batch).hasSize(1);
            String sqsEvent = SqsLambdaEvents.toLambdaEvent(batch, queueArn(sqs, workerQueue()));

            invoke(sqsEvent).then().statusCode(200).body("batchItemFailures", empty());
            invoke(sqsEvent).then().statusCode(200).body("batchItemFailures", empty());

            assertThat(receipts.receiptCount(event.eventId())).isEqualTo(1);
            delete(sqs, workerQueue(), batch);
        }
    }

    @Test
    void theSampleBatchIsApplied() throws Exception {
        String sample = Files.readString(Path.of("../../events/event-worker/sqs-batch.json"));

        invoke(sample).then().statusCode(200).body("batchItemFailures", empty());

        for (JsonNode record : json.readTree(sample).get("Records")) {
            String eventId = json.readTree(record.get("body").asText()).at("/detail/eventId").asText();
            assertThat(receipts.receiptCount(eventId)).isEqualTo(1);
        }
    }

    @Test
    void aPoisonMessageFailsAloneAndAfterFiveReceivesLandsInTheDeadLetterQueue() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        try (SqsClient sqs = aws.sqs()) {
            String goodEventId = ids.newId();
            sqs.sendMessage(b -> b.queueUrl(workerQueue()).messageBody("{\"this is\": \"not an event\""));
            sqs.sendMessage(b -> b.queueUrl(workerQueue()).messageBody(busMessage(goodEventId)));

            int poisonDeliveries = 0;
            for (int round = 0; round < 8; round++) {
                List<Message> batch = receive(sqs, workerQueue(), 10);
                if (batch.isEmpty()) {
                    break;
                }
                JsonNode response = json.readTree(invoke(SqsLambdaEvents.toLambdaEvent(batch,
                        queueArn(sqs, workerQueue()))).then().statusCode(200).extract().asString());
                List<String> failed = new ArrayList<>();
                response.get("batchItemFailures").forEach(f -> failed.add(f.get("itemIdentifier").asText()));
                for (Message message : batch) {
                    if (failed.contains(message.messageId())) {
                        poisonDeliveries++;
                        // Make it visible again now instead of after the 90 s visibility timeout.
                        sqs.changeMessageVisibility(b -> b.queueUrl(workerQueue())
                                .receiptHandle(message.receiptHandle()).visibilityTimeout(0));
                    } else {
                        sqs.deleteMessage(b -> b.queueUrl(workerQueue()).receiptHandle(message.receiptHandle()));
                    }
                }
            }

            assertThat(poisonDeliveries).isEqualTo(5);
            assertThat(receipts.receiptCount(goodEventId)).isEqualTo(1);
            List<Message> deadLetters = receive(sqs, deadLetterQueue(), 10);
            assertThat(deadLetters).extracting(Message::body).containsExactly("{\"this is\": \"not an event\"");
        }
    }

    private io.restassured.response.Response invoke(String sqsEvent) {
        return given().contentType("application/json").body(sqsEvent).post();
    }

    private String busMessage(String eventId) {
        return json.createObjectNode()
                .put("version", "0").put("id", ids.newId()).put("detail-type", "platform.skeleton-ping")
                .put("source", "instainstru").put("account", "123456789012").put("time", "2026-11-28T09:00:00Z")
                .put("region", "us-east-1")
                .set("detail", json.createObjectNode()
                        .put("eventId", eventId).put("eventType", "platform.skeleton-ping")
                        .put("aggregateType", "platform").put("aggregateId", ids.newId())
                        .put("occurredAt", "2026-11-28T09:00:00Z")
                        .set("payload", json.createObjectNode().put("note", "good")))
                .toString();
    }

    private static List<Message> receive(SqsClient sqs, String queueUrl, int max) {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(max)
                    .waitTimeSeconds(1).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (!messages.isEmpty()) {
                return messages;
            }
        }
        return List.of();
    }

    private static void delete(SqsClient sqs, String queueUrl, List<Message> messages) {
        messages.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
    }

    private static String queueArn(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static String workerQueue() {
        return TemplateEventsTestResource.provisioned().queueUrl("EventWorkerQueue");
    }

    private static String deadLetterQueue() {
        return TemplateEventsTestResource.provisioned().queueUrl("EventWorkerDeadLetterQueue");
    }
}
