package com.instainstru.functions.eventworker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.instainstru.notifications.email.EmailBody;
import com.instainstru.notifications.email.EmailStatus;
import com.instainstru.notifications.email.OutboundEmail;
import com.instainstru.notifications.email.OutboundEmailRepository;
import com.instainstru.notifications.email.OutgoingEmail;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.events.BusMessage;
import com.instainstru.platform.events.DomainEvent;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An email queued by a service travels as its outbox event, in the SQS batch shape EventBridge delivers,
 * through the worker to Resend (WireMock); delivered again, it is not sent twice.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(ResendWireMockResource.class)
class EmailDeliveryWorkerTest {

    @Inject
    OutgoingEmailService emails;

    @Inject
    OutboundEmailRepository outbound;

    @Inject
    Transactions tx;

    @Inject
    Jdbc jdbc;

    @Inject
    IdGenerator ids;

    @Inject
    ObjectMapper json;

    private final WireMockServer resend = ResendWireMockResource.server();

    @BeforeEach
    void reset() {
        resend.resetAll();
    }

    @Test
    void anEmailRequestedEventIsSentOnceWithItsIdAsIdempotencyKeyAndRecordedAsSent() {
        answer(200, "{\"id\": \"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}");
        String emailId = tx.call(() -> emails.queue(email()));
        String batch = sqsBatch(emailId);

        invoke(batch).then().statusCode(200).body("batchItemFailures", empty());
        invoke(batch).then().statusCode(200).body("batchItemFailures", empty());

        resend.verify(1, postRequestedFor(urlEqualTo("/emails"))
                .withHeader("Authorization", equalTo("Bearer " + ResendWireMockResource.API_KEY))
                .withHeader("Idempotency-Key", equalTo(emailId))
                .withRequestBody(matchingJsonPath("$.from", equalTo("iNSTAiNSTRU Test <hello@example.test>")))
                .withRequestBody(matchingJsonPath("$.to[0]", equalTo("jane@example.test")))
                .withRequestBody(matchingJsonPath("$.subject", equalTo("Your verification code"))));
        OutboundEmail sent = outbound.findById(emailId).orElseThrow();
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.providerMessageId()).isEqualTo("49a3999c-0ce1-4ea6-ab68-afcd6dc2e794");
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.textBody()).isNull();
    }

    @Test
    void aResendOutageFailsOnlyThatMessageSoTheQueueRetriesIt() {
        answer(500, "{\"statusCode\": 500, \"name\": \"application_error\", \"message\": \"An unexpected error occurred.\"}");
        String emailId = tx.call(() -> emails.queue(email()));
        String messageId = UUID.randomUUID().toString();

        invoke(sqsBatch(emailId, messageId)).then().statusCode(200)
                .body("batchItemFailures.itemIdentifier", contains(messageId));

        OutboundEmail pending = outbound.findById(emailId).orElseThrow();
        assertThat(pending.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).contains("application_error");
    }

    @Test
    void anEmailResendRefusesIsMarkedFailedAndNotRetried() {
        answer(422, """
                {"statusCode": 422, "name": "validation_error",
                 "message": "Invalid `to` field. The email address needs to follow the `email@example.com` format."}
                """);
        String emailId = tx.call(() -> emails.queue(email()));

        invoke(sqsBatch(emailId)).then().statusCode(200).body("batchItemFailures", empty());

        assertThat(outbound.findById(emailId).orElseThrow().status()).isEqualTo(EmailStatus.FAILED);
    }

    private static OutgoingEmail email() {
        return new OutgoingEmail("jane@example.test", "Your verification code",
                EmailBody.builder().paragraph("Your code:").highlight("424242").build(), "email_verification_code");
    }

    private void answer(int status, String body) {
        resend.stubFor(post("/emails").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private String sqsBatch(String emailId) {
        return sqsBatch(emailId, UUID.randomUUID().toString());
    }

    /** The outbox event written with the email, wrapped as EventBridge delivers it into an SQS batch. */
    private String sqsBatch(String emailId, String messageId) {
        DomainEvent event = jdbc.queryOne("""
                SELECT id, event_type, aggregate_type, aggregate_id, payload::text AS payload, occurred_at
                  FROM outbox_events WHERE aggregate_id = ?
                """, row -> new DomainEvent(row.trimmed("id"), row.string("event_type"), row.string("aggregate_type"),
                row.string("aggregate_id"), row.instant("occurred_at"), readTree(row.string("payload"))), emailId)
                .orElseThrow();
        BusMessage message = new BusMessage(UUID.randomUUID().toString(), event.eventType(), DomainEvent.SOURCE,
                event.occurredAt(), event);
        ObjectNode batch = json.createObjectNode();
        batch.putArray("Records").addObject()
                .put("messageId", messageId)
                .put("receiptHandle", "AQEB" + ids.newId())
                .put("body", write(message))
                .put("eventSource", "aws:sqs")
                .put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:instainstru-int-EventWorkerQueue")
                .put("awsRegion", "us-east-1")
                .putObject("attributes").put("ApproximateReceiveCount", "1");
        return batch.toString();
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response invoke(String sqsEvent) {
        return given().contentType("application/json").body(sqsEvent).post();
    }
}
