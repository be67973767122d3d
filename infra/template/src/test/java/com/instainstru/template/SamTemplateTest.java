package com.instainstru.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SamTemplateTest {

    private static final Path ROOT = SamTemplate.repositoryRoot();
    private static final SamTemplate TEMPLATE = SamTemplate.load(ROOT.resolve("template.yaml"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void repositoryRootHoldsTheTemplate() {
        assertThat(ROOT.resolve("template.yaml")).isRegularFile();
        assertThat(ROOT.resolve("pom.xml")).isRegularFile();
    }

    @Test
    void findsResourcesByType() {
        assertThat(TEMPLATE.logicalIdsOfType(SamTemplate.FUNCTION))
                .containsExactly("AuthApiFunction", "AvailabilityApiFunction", "BookingSchedulerFunction",
                        "BookingsApiFunction", "EventWorkerFunction", "HealthApiFunction", "InstructorsApiFunction",
                        "OutboxRelayFunction", "PaymentHousekeepingFunction", "PaymentSchedulerFunction",
                        "PaymentWorkerFunction", "PaymentsApiFunction");
        assertThat(TEMPLATE.logicalIdsOfType("AWS::SQS::Queue"))
                .containsExactly("EventWorkerDeadLetterQueue", "EventWorkerQueue", "PaymentActionsDeadLetterQueue",
                        "PaymentActionsQueue");
    }

    @Test
    void shortTagsKeepTheirScalar() {
        assertThat(TEMPLATE.properties("DomainEventBus").path("Name").asText()).isEqualTo("instainstru-${Stage}");
        assertThat(TEMPLATE.properties("EventWorkerQueue").path("RedrivePolicy").path("deadLetterTargetArn").asText())
                .isEqualTo("EventWorkerDeadLetterQueue.Arn");
    }

    @Test
    void functionPropertiesFallBackToGlobals() {
        assertThat(TEMPLATE.globals().path("Function").path("Runtime").asText()).isEqualTo("java21");
        assertThat(TEMPLATE.functionProperty("HealthApiFunction", "Handler").asText())
                .isEqualTo("io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest");
        assertThat(TEMPLATE.functionTimeout("EventWorkerFunction")).isEqualTo(15);
        assertThat(TEMPLATE.functionProperty("OutboxRelayFunction", "Environment").path("Variables").path("EVENT_BUS_NAME").asText())
                .isEqualTo("DomainEventBus");
    }

    @Test
    void outboxScheduleLeavesTheEventUntouched() {
        JsonNode schedule = TEMPLATE.events("OutboxRelayFunction").get("EveryMinute");

        assertThat(schedule.path("Type").asText()).isEqualTo("Schedule");
        assertThat(schedule.path("Properties").path("Schedule").asText()).isEqualTo("rate(1 minute)");
        assertThat(schedule.path("Properties").has("Input")).isFalse();
    }

    @Test
    void resolvesShortAndLongReferences() throws Exception {
        assertThat(SamTemplate.referencedLogicalId(JSON.readTree("\"Queue.Arn\""))).contains("Queue");
        assertThat(SamTemplate.referencedLogicalId(JSON.readTree("\"Queue\""))).contains("Queue");
        assertThat(SamTemplate.referencedLogicalId(JSON.readTree("{\"Ref\": \"Queue\"}"))).contains("Queue");
        assertThat(SamTemplate.referencedLogicalId(JSON.readTree("{\"Fn::GetAtt\": [\"Queue\", \"Arn\"]}"))).contains("Queue");
        assertThat(SamTemplate.referencedLogicalId(JSON.readTree("{\"Fn::GetAtt\": \"Queue.Arn\"}"))).contains("Queue");
        assertThat(SamTemplate.referencedLogicalId(JSON.readTree("\"arn:aws:sqs:us-east-1:123456789012:q\""))).isEmpty();
    }

    @Test
    void sampleEventsAreJsonOfTheExpectedShape() throws Exception {
        JsonNode http = JSON.readTree(Files.readString(ROOT.resolve("events/health-api/get-health.json")));
        JsonNode scheduled = JSON.readTree(Files.readString(ROOT.resolve("events/outbox-relay/scheduled.json")));
        JsonNode batch = JSON.readTree(Files.readString(ROOT.resolve("events/event-worker/sqs-batch.json")));

        assertThat(http.path("routeKey").asText()).isEqualTo("GET /api/v1/health");
        assertThat(scheduled.path("time").asText()).isEqualTo("2026-11-28T09:00:00Z");
        assertThat(batch.path("Records")).hasSize(2);
        for (JsonNode record : batch.path("Records")) {
            JsonNode detail = JSON.readTree(record.path("body").asText()).path("detail");
            assertThat(detail.path("eventId").asText()).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
            assertThat(detail.path("eventType").asText()).isEqualTo("platform.skeleton-ping");
        }
    }
}
