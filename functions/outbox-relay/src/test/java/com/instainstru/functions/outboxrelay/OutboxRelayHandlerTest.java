package com.instainstru.functions.outboxrelay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.instainstru.platform.events.DomainEvent;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.testsupport.aws.AwsEmulator;
import com.instainstru.testsupport.aws.TemplateEventsTestResource;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.db.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The schedule path: an outbox row, the relay handler invoked with an EventBridge scheduled event, the
 * event on template.yaml's bus, and template.yaml's rule delivering it to the worker queue.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TemplateEventsTestResource.class)
class OutboxRelayHandlerTest {

    @Inject
    OutboxService outbox;

    @Inject
    Transactions tx;

    @Inject
    ObjectMapper json;

    @Test
    void publishesDueOutboxRowsToTheBusWhoseRuleDeliversThemToTheWorkerQueue() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        DomainEvent event = tx.call(() -> outbox.emit("platform.skeleton-ping", "platform", "01JDZ3K5W0P8V5T3E7M9C2Q4RS",
                Map.of("note", "hello")));

        given().contentType("application/json").body(scheduledEventAt(event.occurredAt().plusSeconds(1)))
                .post()
                .then().statusCode(200)
                .body("published", greaterThanOrEqualTo(1), "failed", equalTo(0));

        assertThat(outboxStatus(event.eventId())).isEqualTo("sent");
        String queueUrl = TemplateEventsTestResource.provisioned().queueUrl("EventWorkerQueue");
        List<JsonNode> delivered = receiveAll(aws, queueUrl);
        assertThat(delivered).anySatisfy(message -> {
            assertThat(message.get("source").asText()).isEqualTo("instainstru");
            assertThat(message.get("detail-type").asText()).isEqualTo("platform.skeleton-ping");
            assertThat(message.at("/detail/eventId").asText()).isEqualTo(event.eventId());
            assertThat(message.at("/detail/payload/note").asText()).isEqualTo("hello");
        });
    }

    @Test
    void leavesRowsThatAreNotYetDue() throws Exception {
        AwsEmulator.require();
        DomainEvent event = tx.call(() -> outbox.emit("platform.skeleton-ping", "platform", "01JDZ3K5W0P8V5T3E7M9C2Q4RS",
                Map.of("note", "later")));

        given().contentType("application/json").body(scheduledEventAt(event.occurredAt().minusSeconds(60)))
                .post()
                .then().statusCode(200);

        assertThat(outboxStatus(event.eventId())).isEqualTo("pending");
    }

    @Test
    void aScheduledEventWithoutTimeIsAnError() throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(sampleEvent());
        event.remove("time");

        given().contentType("application/json").body(event.toString())
                .post()
                .then().statusCode(500).body("errorType", equalTo("java.lang.IllegalArgumentException"));
    }

    private String scheduledEventAt(Instant time) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(sampleEvent());
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toString());
        return event.toString();
    }

    private static String sampleEvent() throws Exception {
        return Files.readString(Path.of("../../events/outbox-relay/scheduled.json"));
    }

    private List<JsonNode> receiveAll(AwsEmulator aws, String queueUrl) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        try (SqsClient sqs = aws.sqs()) {
            for (int attempt = 0; attempt < 5 && bodies.isEmpty(); attempt++) {
                for (Message message : sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                        .waitTimeSeconds(1)).messages()) {
                    bodies.add(json.readTree(message.body()));
                }
            }
        }
        return bodies;
    }

    private static String outboxStatus(String eventId) throws Exception {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT status FROM outbox_events WHERE id = ?")) {
            statement.setString(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
