package com.instainstru.notifications.email;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.instainstru.notifications.email.resend.ResendClient;
import com.instainstru.notifications.email.resend.ResendException;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.events.DomainEvent;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queue an email, then deliver its event to WireMock standing in for Resend. */
class EmailDeliveryServiceTest {

    private static final WireMockServer resend = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String FROM = "iNSTAiNSTRU <hello@instainstru.com>";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final TestPlatform platform = new TestPlatform(clock);
    private final OutboundEmailRepository emails = new OutboundEmailRepository(platform.jdbc);
    private final OutgoingEmailService queue = new OutgoingEmailService(emails,
            new OutboxService(new OutboxRepository(platform.jdbc, platform.json), platform.ids, clock, platform.json),
            platform.tx, platform.ids, clock);
    private EmailDeliveryService delivery;

    @BeforeAll
    static void start() {
        resend.start();
    }

    @AfterAll
    static void stop() {
        resend.stop();
    }

    @BeforeEach
    void reset() {
        resend.resetAll();
        delivery = new EmailDeliveryService(emails, new ResendClient(resend.baseUrl(), Optional.of("re_test"),
                platform.json), platform.tx, clock, FROM);
    }

    @Test
    void queueingWritesThePendingRowAndAnEventCarryingOnlyItsId() {
        String id = queue.queue(email());

        OutboundEmail row = emails.findById(id).orElseThrow();
        assertThat(row.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(row.textBody()).contains("secret 424242");
        DomainEvent event = eventFor(id);
        assertThat(event.eventType()).isEqualTo("email.requested");
        assertThat(event.aggregateType()).isEqualTo("outbound_email");
        assertThat(event.payload().toString()).isEqualTo("{\"emailId\":\"" + id + "\"}");
    }

    @Test
    void aQueuedEmailRollsBackWithItsTransaction() {
        String[] id = new String[1];
        assertThatThrownBy(() -> platform.tx.run(() -> {
            id[0] = queue.queue(email());
            throw new IllegalStateException("the domain change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(emails.findById(id[0])).isEmpty();
    }

    @Test
    void sendsOnceRecordsResendsIdAndScrubsTheBodies() {
        answer(200, "{\"id\": \"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}");
        String id = queue.queue(email());
        clock.advance(Duration.ofSeconds(3));

        assertThat(delivery.deliver(eventFor(id))).isEqualTo(EmailDeliveryService.Outcome.SENT);
        assertThat(delivery.deliver(eventFor(id))).isEqualTo(EmailDeliveryService.Outcome.ALREADY_HANDLED);

        OutboundEmail row = emails.findById(id).orElseThrow();
        assertThat(row.status()).isEqualTo(EmailStatus.SENT);
        assertThat(row.providerMessageId()).isEqualTo("49a3999c-0ce1-4ea6-ab68-afcd6dc2e794");
        assertThat(row.sentAt()).isEqualTo(clock.instant());
        assertThat(row.textBody()).isNull();
        assertThat(row.htmlBody()).isNull();
        resend.verify(1, postRequestedFor(urlEqualTo("/emails"))
                .withHeader("Idempotency-Key", equalTo(id))
                .withRequestBody(matchingJsonPath("$.from", equalTo(FROM)))
                .withRequestBody(matchingJsonPath("$.to[0]", equalTo("jane@example.com")))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Your secret 424242\n"))));
    }

    @Test
    void aRefusedEmailIsMarkedFailedScrubbedAndNotRetried() {
        answer(422, """
                {"statusCode": 422, "name": "validation_error",
                 "message": "Invalid `to` field. The email address needs to follow the `email@example.com` format."}
                """);
        String id = queue.queue(email());

        assertThat(delivery.deliver(eventFor(id))).isEqualTo(EmailDeliveryService.Outcome.REJECTED);
        assertThat(delivery.deliver(eventFor(id))).isEqualTo(EmailDeliveryService.Outcome.ALREADY_HANDLED);

        OutboundEmail row = emails.findById(id).orElseThrow();
        assertThat(row.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(row.lastError()).contains("validation_error");
        assertThat(row.textBody()).isNull();
        resend.verify(1, postRequestedFor(urlEqualTo("/emails")));
    }

    @Test
    void aRetryableFailureIsRecordedAndThrownSoTheQueueRedelivers() {
        answer(429, """
                {"statusCode": 429, "name": "rate_limit_exceeded",
                 "message": "Too many requests. You can only make 2 requests per second."}
                """);
        String id = queue.queue(email());

        assertThatThrownBy(() -> delivery.deliver(eventFor(id)))
                .isInstanceOfSatisfying(ResendException.class, e -> assertThat(e.retryable()).isTrue());
        OutboundEmail pending = emails.findById(id).orElseThrow();
        assertThat(pending.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.textBody()).isNotNull();

        answer(200, "{\"id\": \"4ef9a417-02e9-4d39-ad75-9611e0fcc33c\"}");
        assertThat(delivery.deliver(eventFor(id))).isEqualTo(EmailDeliveryService.Outcome.SENT);
        assertThat(emails.findById(id).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void anEventWithoutAnEmailIdIsAPoisonMessage() {
        DomainEvent broken = new DomainEvent(platform.ids.newId(), "email.requested", "outbound_email", "x",
                clock.instant(), platform.json.createObjectNode().put("emailId", "nope"));

        assertThatThrownBy(() -> delivery.deliver(broken)).isInstanceOf(IllegalArgumentException.class);
        resend.verify(0, postRequestedFor(urlEqualTo("/emails")));
    }

    private static OutgoingEmail email() {
        return new OutgoingEmail("jane@example.com", "Your code",
                EmailBody.builder().paragraph("Your secret 424242").build(), "test_template");
    }

    private static void answer(int status, String body) {
        resend.stubFor(post("/emails").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** The outbox row written with the email, as the worker receives it from the bus. */
    private DomainEvent eventFor(String emailId) {
        return platform.jdbc.queryOne("""
                SELECT id, event_type, aggregate_type, aggregate_id, payload::text AS payload, occurred_at
                  FROM outbox_events WHERE aggregate_id = ?
                """, row -> new DomainEvent(row.trimmed("id"), row.string("event_type"), row.string("aggregate_type"),
                row.string("aggregate_id"), row.instant("occurred_at"), json(row.string("payload"))), emailId)
                .orElseThrow();
    }

    private JsonNode json(String text) {
        try {
            return platform.json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
