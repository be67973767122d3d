package com.instainstru.local.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.local.eventbridge.LocalEventBus.Entry;
import com.instainstru.local.eventbridge.PutEventsResult.ResultEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LocalEventBusTest {

    private static final String BOOKINGS_QUEUE = "http://127.0.0.1:9324/000000000000/bookings";
    private static final String AUDIT_QUEUE = "arn:aws:sqs:eu-central-1:000000000000:audit";

    private final RecordingQueueSender queues = new RecordingQueueSender();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00.750Z"), ZoneOffset.UTC);
    private final LocalEventBus bus = new LocalEventBus("instainstru", "000000000000", "eu-central-1", clock, queues);

    @Test
    void deliversTheEnvelopeToEveryTargetOfEveryMatchingRule() {
        bus.putRule("bookings", EventPattern.parse("{\"source\":[\"com.instainstru.bookings\"]}"),
                List.of(new Target("q", BOOKINGS_QUEUE), new Target("audit", AUDIT_QUEUE)));
        bus.putRule("confirmed", EventPattern.parse("{\"detail\":{\"status\":[\"CONFIRMED\"]}}"),
                List.of(new Target("q", AUDIT_QUEUE)));
        bus.putRule("payments", EventPattern.parse("{\"source\":[\"com.instainstru.payments\"]}"),
                List.of(new Target("q", BOOKINGS_QUEUE)));

        PutEventsResult result = bus.putEvents(List.of(new Entry("com.instainstru.bookings", "Booking Confirmed",
                "{\"bookingId\":\"b-1\",\"status\":\"CONFIRMED\",\"price\":42.50}", "instainstru",
                List.of("arn:aws:s3:::lessons"), null)));

        assertThat(result.failedEntryCount()).isZero();
        String id = result.entries().get(0).eventId();
        assertThat(queues.sent()).extracting(RecordingQueueSender.Sent::queueUrl)
                .containsExactly(BOOKINGS_QUEUE, AUDIT_QUEUE, AUDIT_QUEUE);
        assertThat(queues.sent().get(0).body()).isEqualTo("{\"version\":\"0\",\"id\":\"" + id
                + "\",\"detail-type\":\"Booking Confirmed\",\"source\":\"com.instainstru.bookings\","
                + "\"account\":\"000000000000\",\"time\":\"2026-11-28T09:00:00Z\",\"region\":\"eu-central-1\","
                + "\"resources\":[\"arn:aws:s3:::lessons\"],"
                + "\"detail\":{\"bookingId\":\"b-1\",\"status\":\"CONFIRMED\",\"price\":42.50}}");
    }

    @Test
    void eventIdsAreUuidsAndTheEntryTimeWinsOverTheClock() {
        bus.putRule("all", EventPattern.parse("{\"source\":[{\"prefix\":\"\"}]}"), List.of(new Target("q", BOOKINGS_QUEUE)));

        PutEventsResult result = bus.putEvents(List.of(
                new Entry("s", "t", "{}", null, null, Instant.parse("2026-01-02T03:04:05.999Z")),
                Entry.of("s", "t", "{}")));

        assertThat(result.entries()).extracting(ResultEntry::eventId)
                .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                .doesNotHaveDuplicates();
        assertThat(queues.sent()).extracting(sent -> sent.event().get("time").textValue())
                .containsExactly("2026-01-02T03:04:05Z", "2026-11-28T09:00:00Z");
        assertThat(queues.sent()).extracting(sent -> sent.event().get("id").textValue())
                .containsExactlyElementsOf(result.entries().stream().map(ResultEntry::eventId).toList());
    }

    @Test
    void invalidEntriesFailOnTheirOwnWithAwsErrorCodes() {
        bus.putRule("all", EventPattern.parse("{\"detail-type\":[{\"exists\":true}]}"), List.of(new Target("q", BOOKINGS_QUEUE)));

        PutEventsResult result = bus.putEvents(List.of(
                Entry.of(null, "t", "{}"),
                Entry.of("s", " ", "{}"),
                Entry.of("s", "t", null),
                Entry.of("s", "t", "{\"unterminated\":"),
                Entry.of("s", "t", "[1,2]"),
                new Entry("s", "t", "{}", "other-bus", null, null),
                Entry.of("aws.ec2", "t", "{}"),
                new Entry("s", "t", "{}", bus.arn(), null, null)));

        assertThat(result.failedEntryCount()).isEqualTo(7);
        assertThat(result.entries()).extracting(ResultEntry::errorCode).containsExactly(
                "InvalidArgument", "InvalidArgument", "InvalidArgument", "MalformedDetail", "MalformedDetail",
                "InvalidArgument", "NotAuthorizedForSourceException", null);
        assertThat(result.entries().get(0).errorMessage())
                .isEqualTo("Parameter Source is not valid. Reason: Source is a required argument.");
        assertThat(result.entries().get(1).errorMessage())
                .isEqualTo("Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        assertThat(result.entries().get(2).errorMessage())
                .isEqualTo("Parameter Detail is not valid. Reason: Detail is a required argument.");
        assertThat(result.entries().get(3).errorMessage()).isEqualTo("Detail is malformed.");
        assertThat(result.entries().get(5).errorMessage()).contains("other-bus").contains(bus.arn());
        assertThat(result.entries().get(7).eventId()).isNotNull();
        assertThat(queues.sent()).hasSize(1);
    }

    @Test
    void rejectsRequestsOutsideThePutEventsLimits() {
        assertThatThrownBy(() -> bus.putEvents(List.of()))
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ValidationException"));
        List<Entry> eleven = IntStream.range(0, 11).mapToObj(i -> Entry.of("s", "t", "{}")).toList();
        assertThatThrownBy(() -> bus.putEvents(eleven))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("less than or equal to 10");
    }

    @Test
    void rejectsRequestsOverTheSizeLimitCountedAsAwsCountsIt() {
        // Source, DetailType, Detail and resources in UTF-8 bytes, plus 14 for a Time.
        String fixed = "{\"x\":\"" + "é".repeat(1000) + "\"}";
        int fixedSize = "s".length() + "t".length() + fixed.getBytes(StandardCharsets.UTF_8).length
                + "arn".length() + 14;
        Entry sized = new Entry("s", "t", fixed, null, List.of("arn"), Instant.EPOCH);
        assertThat(sized.size()).isEqualTo(fixedSize);

        String filler = "{\"x\":\"" + "a".repeat(LocalEventBus.MAX_REQUEST_BYTES - fixedSize - 2 - 8) + "\"}";
        Entry exactlyAtLimit = Entry.of("s", "t", filler);
        assertThat(sized.size() + exactlyAtLimit.size()).isEqualTo(LocalEventBus.MAX_REQUEST_BYTES);

        assertThat(bus.putEvents(List.of(sized, exactlyAtLimit)).failedEntryCount()).isZero();
        Entry oneMore = Entry.of("s", "t", filler.replace("\"}", "a\"}"));
        assertThatThrownBy(() -> bus.putEvents(List.of(sized, oneMore)))
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ValidationException"))
                .hasMessageContaining("Total size of the entries in the request is over the limit");
    }

    @Test
    void aFailingTargetNeitherFailsTheEntryNorStopsOtherTargets() {
        RecordingQueueSender recorder = new RecordingQueueSender();
        LocalEventBus flaky = new LocalEventBus("b", "000000000000", "eu-central-1", clock, (url, body) -> {
            if (url.equals(BOOKINGS_QUEUE)) {
                throw new IllegalStateException("queue is down");
            }
            recorder.send(url, body);
        });
        flaky.putRule("r", EventPattern.parse("{\"source\":[\"s\"]}"),
                List.of(new Target("down", BOOKINGS_QUEUE), new Target("up", AUDIT_QUEUE)));

        PutEventsResult result = flaky.putEvents(List.of(Entry.of("s", "t", "{}")));

        assertThat(result.failedEntryCount()).isZero();
        assertThat(recorder.sent()).extracting(RecordingQueueSender.Sent::queueUrl).containsExactly(AUDIT_QUEUE);
    }

    @Test
    void rulesCanBeReplacedAndRemoved() {
        bus.putRule("r", EventPattern.parse("{\"source\":[\"a\"]}"), List.of(new Target("q", BOOKINGS_QUEUE)));
        bus.putRule("r", EventPattern.parse("{\"source\":[\"b\"]}"), List.of(new Target("q", AUDIT_QUEUE)));

        assertThat(bus.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.pattern()).hasToString("{\"source\":[\"b\"]}");
            assertThat(rule.targets()).containsExactly(new Target("q", AUDIT_QUEUE));
        });
        bus.putEvents(List.of(Entry.of("b", "t", "{}")));
        assertThat(bus.removeRule("r")).isTrue();
        assertThat(bus.removeRule("r")).isFalse();
        bus.putEvents(List.of(Entry.of("b", "t", "{}")));
        assertThat(queues.sent()).hasSize(1);
    }

    @Test
    void namesItselfByNameOrArn() {
        assertThat(bus.arn()).isEqualTo("arn:aws:events:eu-central-1:000000000000:event-bus/instainstru");
        assertThat(bus.isNamedBy("instainstru")).isTrue();
        assertThat(bus.isNamedBy(bus.arn())).isTrue();
        assertThat(bus.isNamedBy("default")).isFalse();
    }

    @Test
    void targetsKnowTheirQueueName() {
        assertThat(new Target("a", BOOKINGS_QUEUE).queueName()).isEqualTo("bookings");
        assertThat(new Target("b", AUDIT_QUEUE).queueName()).isEqualTo("audit");
        assertThat(new Target("c", "http://localhost:9324/queue/orders.fifo/").queueName()).isEqualTo("orders.fifo");
        assertThatThrownBy(() -> new Target("d", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entriesAndResultsAreImmutableCopies() {
        List<String> resources = new ArrayList<>(List.of("arn:1"));
        Entry entry = new Entry("s", "t", "{}", null, resources, null);
        resources.add("arn:2");

        assertThat(entry.resources()).containsExactly("arn:1");
        assertThat(Entry.of("s", "t", "{}").resources()).isEqualTo(Collections.emptyList());
    }
}
