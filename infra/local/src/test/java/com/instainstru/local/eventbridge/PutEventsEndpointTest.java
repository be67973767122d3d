package com.instainstru.local.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;

/** The endpoint as functions use it: through the AWS SDK v2 EventBridgeClient. */
class PutEventsEndpointTest {

    private static final String QUEUE = "http://127.0.0.1:9324/000000000000/booking-events";
    private static final String EVENT = """
            {"id":"e-1","account":"000000000000","source":"com.instainstru.bookings","time":"2026-11-28T09:00:00Z",
             "region":"eu-central-1","resources":[],"detail-type":"Booking Confirmed","detail":{"seats":2}}""";

    private final RecordingQueueSender queues = new RecordingQueueSender();
    private final LocalEventBus bus = new LocalEventBus("instainstru-events", "000000000000", "eu-central-1",
            Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC), queues);
    private HttpServer server;
    private EventBridgeClient client;

    @BeforeEach
    void start() throws IOException {
        bus.putRule("booking-events", EventPattern.parse("{\"source\":[\"com.instainstru.bookings\"]}"),
                List.of(new Target("queue", QUEUE)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new PutEventsEndpoint(List.of(bus)));
        server.start();
        client = EventBridgeClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void putEventsDeliversTheEventEnvelopeToTheRuleTarget() {
        PutEventsResponse response = client.putEvents(r -> r.entries(entry()
                .resources("arn:aws:s3:::lessons")
                .time(Instant.parse("2026-11-28T08:30:15.250Z"))
                .build()));

        assertThat(response.failedEntryCount()).isZero();
        String eventId = response.entries().get(0).eventId();
        assertThat(eventId).isNotBlank();
        assertThat(queues.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.queueUrl()).isEqualTo(QUEUE);
            assertThat(sent.body()).isEqualTo("{\"version\":\"0\",\"id\":\"" + eventId
                    + "\",\"detail-type\":\"Booking Confirmed\",\"source\":\"com.instainstru.bookings\","
                    + "\"account\":\"000000000000\",\"time\":\"2026-11-28T08:30:15Z\",\"region\":\"eu-central-1\","
                    + "\"resources\":[\"arn:aws:s3:::lessons\"],\"detail\":{\"bookingId\":\"b-1\",\"seats\":2}}");
        });
    }

    @Test
    void theBusCanBeNamedByArnAndTimeDefaultsToTheClock() {
        client.putEvents(r -> r.entries(entry().eventBusName(bus.arn()).build()));

        assertThat(queues.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.event().get("time").textValue()).isEqualTo("2026-11-28T09:00:00Z"));
    }

    @Test
    void eventsNoRuleMatchesAreAcceptedButNotDelivered() {
        PutEventsResponse response = client.putEvents(r -> r.entries(entry().source("com.instainstru.payments").build()));

        assertThat(response.failedEntryCount()).isZero();
        assertThat(queues.sent()).isEmpty();
    }

    @Test
    void invalidEntriesFailAloneWithErrorCodeAndMessage() {
        PutEventsResponse response = client.putEvents(r -> r.entries(
                entry().detail(null).build(),
                entry().detail("not json").build(),
                entry().build()));

        assertThat(response.failedEntryCount()).isEqualTo(2);
        assertThat(response.entries()).extracting(PutEventsResultEntry::errorCode)
                .containsExactly("InvalidArgument", "MalformedDetail", null);
        assertThat(response.entries().get(0).errorMessage())
                .isEqualTo("Parameter Detail is not valid. Reason: Detail is a required argument.");
        assertThat(response.entries().get(2).eventId()).isNotBlank();
        assertThat(queues.sent()).hasSize(1);
    }

    @Test
    void anUnknownBusFailsTheWholeRequestAndDeliversNothing() {
        assertThatThrownBy(() -> client.putEvents(r -> r.entries(entry().build(),
                entry().eventBusName("no-such-bus").build())))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Event bus no-such-bus does not exist.");
                });
        assertThatThrownBy(() -> client.putEvents(r -> r.entries(entry().eventBusName(null).build())))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Event bus default does not exist.");
        assertThat(queues.sent()).isEmpty();
    }

    @Test
    void requestLimitsAreValidationErrors() {
        List<PutEventsRequestEntry> eleven = IntStream.range(0, 11).mapToObj(i -> entry().build()).toList();
        String big = "{\"x\":\"" + "a".repeat(LocalEventBus.MAX_REQUEST_BYTES) + "\"}";

        assertThatThrownBy(() -> client.putEvents(r -> r.entries(eleven)))
                .isInstanceOfSatisfying(EventBridgeException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
        assertThatThrownBy(() -> client.putEvents(r -> r.entries(entry().detail(big).build())))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Total size of the entries");
                });
        assertThat(queues.sent()).isEmpty();
    }

    @Test
    void testEventPatternAnswersWithTheMatchResult() {
        assertThat(client.testEventPattern(r -> r.event(EVENT)
                .eventPattern("{\"detail\":{\"seats\":[{\"numeric\":[\">=\",2]}]}}")).result()).isTrue();
        assertThat(client.testEventPattern(r -> r.event(EVENT)
                .eventPattern("{\"detail\":{\"seats\":[{\"numeric\":[\">\",2]}]}}")).result()).isFalse();
    }

    @Test
    void testEventPatternRejectsInvalidPatternsAndEvents() {
        assertThatThrownBy(() -> client.testEventPattern(r -> r.event(EVENT).eventPattern("{\"source\":\"x\"}")))
                .isInstanceOf(InvalidEventPatternException.class)
                .hasMessageContaining("Event pattern is not valid. Reason: \"source\" must be an object or an array");
        assertThatThrownBy(() -> client.testEventPattern(r -> r.event("{\"source\":\"s\"}")
                .eventPattern("{\"source\":[\"s\"]}")))
                .isInstanceOf(InvalidEventPatternException.class)
                .hasMessageContaining("Parameter Event is not valid");
    }

    @Test
    void otherOperationsAreUnknown() {
        assertThatThrownBy(() -> client.listRules(r -> { }))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
                });
    }

    @Test
    void speaksTheJsonWireFormat() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(endpoint())
                .header("X-Amz-Target", "AWSEvents.DeleteEventBus")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(endpoint())
                .header("X-Amz-Target", "AWSEvents.PutEvents")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"Entries":[{"Source":"s","DetailType":"t","Detail":"{}","EventBusName":"instainstru-events",
                          "Time":1764320400.5},{"Source":"s","DetailType":"t","EventBusName":"instainstru-events"}]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(unknown.body()).startsWith("{\"__type\":\"UnknownOperationException\",\"message\":");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body()).matches("\\{\"FailedEntryCount\":1,\"Entries\":\\[\\{\"EventId\":\"[0-9a-f-]{36}\"},"
                + "\\{\"ErrorCode\":\"InvalidArgument\",\"ErrorMessage\":\"Parameter Detail is not valid\\. "
                + "Reason: Detail is a required argument\\.\"}]}");
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private PutEventsRequestEntry.Builder entry() {
        return PutEventsRequestEntry.builder()
                .eventBusName("instainstru-events")
                .source("com.instainstru.bookings")
                .detailType("Booking Confirmed")
                .detail("{\"bookingId\":\"b-1\",\"seats\":2}");
    }
}
