package com.instainstru.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.TestPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's bookkeeping against the real database. The bus is a recording publisher here so that
 * individual entries can fail on demand; EventBridgePublisherTest covers the real PutEvents path.
 */
class OutboxRelayServiceTest {

    private final Instant t0 = Instant.parse("2026-11-28T09:00:00Z");
    private final TestPlatform platform = new TestPlatform(Clock.fixed(t0, ZoneOffset.UTC));
    private final OutboxRepository outbox = new OutboxRepository(platform.jdbc, platform.json);
    private final RecordingPublisher bus = new RecordingPublisher();
    private final OutboxRelayService relay = new OutboxRelayService(outbox, bus, platform.tx, 25);
    private final String aggregate = platform.ids.newId();

    @BeforeEach
    void emptyOutbox() {
        platform.jdbc.update("DELETE FROM outbox_events");
    }

    @Test
    void publishesDueEventsOldestFirstInCallsOfAtMostTen() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ids.add(append(t0.minusSeconds(100 - i)).eventId());
        }

        RelayReport report = relay.relayDue(t0);

        assertThat(report).isEqualTo(new RelayReport(23, 23, 0));
        assertThat(bus.calls).extracting(List::size).containsExactly(10, 10, 3);
        assertThat(bus.calls.stream().flatMap(List::stream).map(DomainEvent::eventId)).containsExactlyElementsOf(ids);
        assertThat(statusOf(ids.get(0))).isEqualTo("sent");
        assertThat(relay.relayDue(t0.plusSeconds(60))).isEqualTo(new RelayReport(0, 0, 0));
    }

    @Test
    void takesABoundedBatchPerRun() {
        for (int i = 0; i < 30; i++) {
            append(t0.minusSeconds(60));
        }

        assertThat(relay.relayDue(t0).claimed()).isEqualTo(25);
        assertThat(relay.relayDue(t0).claimed()).isEqualTo(5);
    }

    @Test
    void ignoresEventsNotYetDue() {
        append(t0.plusSeconds(1));

        assertThat(relay.relayDue(t0)).isEqualTo(new RelayReport(0, 0, 0));
    }

    @Test
    void marksSentOnlyTheEntriesThatSucceededAndRetriesTheOthersLater() {
        DomainEvent ok = append(t0.minusSeconds(2));
        DomainEvent rejected = append(t0.minusSeconds(1));
        bus.failing.put(rejected.eventId(), "InternalFailure: try again");

        assertThat(relay.relayDue(t0)).isEqualTo(new RelayReport(2, 1, 1));
        assertThat(statusOf(ok.eventId())).isEqualTo("sent");
        assertThat(statusOf(rejected.eventId())).isEqualTo("pending");
        assertThat(lastError(rejected.eventId())).isEqualTo("InternalFailure: try again");

        bus.failing.clear();
        assertThat(relay.relayDue(t0.plusSeconds(29)).claimed()).as("backoff of 30 s not over").isZero();
        assertThat(relay.relayDue(t0.plusSeconds(30))).isEqualTo(new RelayReport(1, 1, 0));
        assertThat(statusOf(rejected.eventId())).isEqualTo("sent");
    }

    @Test
    void aBusOutageLeavesEveryClaimedEventPending() {
        DomainEvent event = append(t0.minusSeconds(1));
        bus.down = true;

        assertThat(relay.relayDue(t0)).isEqualTo(new RelayReport(1, 0, 1));
        assertThat(statusOf(event.eventId())).isEqualTo("pending");
    }

    @Test
    void anOverlappingRunDoesNotClaimTheSameEvents() {
        append(t0.minusSeconds(1));

        List<PendingEvent> first = platform.tx.call(() -> outbox.claimDue(t0, 10, t0.plusSeconds(120)));
        List<PendingEvent> overlapping = platform.tx.call(() -> outbox.claimDue(t0.plusSeconds(5), 10,
                t0.plusSeconds(125)));
        List<PendingEvent> afterClaimExpired = platform.tx.call(() -> outbox.claimDue(t0.plusSeconds(120), 10,
                t0.plusSeconds(240)));

        assertThat(first).hasSize(1);
        assertThat(overlapping).isEmpty();
        assertThat(afterClaimExpired).hasSize(1);
    }

    @Test
    void retryDelayDoublesUpToFifteenMinutes() {
        assertThat(OutboxRelayService.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxRelayService.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxRelayService.retryDelay(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxRelayService.retryDelay(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(OutboxRelayService.retryDelay(60)).isEqualTo(Duration.ofMinutes(15));
    }

    private DomainEvent append(Instant occurredAt) {
        DomainEvent event = new DomainEvent(platform.ids.newId(), "test.happened", "test", aggregate, occurredAt,
                platform.json.createObjectNode().put("n", 1));
        outbox.append(event);
        return event;
    }

    private String statusOf(String id) {
        return platform.jdbc.queryOne("SELECT status FROM outbox_events WHERE id = ?", r -> r.string("status"), id)
                .orElseThrow();
    }

    private String lastError(String id) {
        return platform.jdbc.queryOne("SELECT last_error FROM outbox_events WHERE id = ?",
                r -> r.string("last_error"), id).orElseThrow();
    }

    static final class RecordingPublisher implements EventPublisher {
        final List<List<DomainEvent>> calls = new ArrayList<>();
        final Map<String, String> failing = new java.util.HashMap<>();
        boolean down;

        @Override
        public List<PublishResult> publish(List<DomainEvent> events) {
            assertThat(events.size()).isLessThanOrEqualTo(MAX_BATCH);
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            calls.add(List.copyOf(events));
            Set<String> seen = new HashSet<>();
            return events.stream()
                    .peek(e -> assertThat(seen.add(e.eventId())).isTrue())
                    .map(e -> failing.containsKey(e.eventId())
                            ? PublishResult.failed(e.eventId(), failing.get(e.eventId()))
                            : PublishResult.published(e.eventId()))
                    .toList();
        }
    }
}
