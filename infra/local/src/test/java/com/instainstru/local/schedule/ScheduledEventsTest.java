package com.instainstru.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledEventsTest {

    @Test
    void buildsTheScheduledEventEnvelope() throws Exception {
        JsonNode expected;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schedule/scheduled-event.json")) {
            expected = new ObjectMapper().readTree(in);
        }

        ObjectNode event = ScheduledEvents.json(
                "arn:aws:events:us-east-1:123456789012:rule/instainstru-int-OutboxRelayFunctionEveryMinute-1Q2W3E4R5T6Y",
                Instant.parse("2026-11-28T09:00:00.250Z"), "5b3f0c2e-8d4a-4c71-9f0e-2a6b7c8d9e10", "123456789012",
                "us-east-1");

        assertThat(event).isEqualTo(expected);
        List<String> names = new ArrayList<>();
        event.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly(
                "version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail");
        assertThat(event.get("time").asText()).isEqualTo("2026-11-28T09:00:00Z");
    }
}
