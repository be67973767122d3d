package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The EventBridge endpoint of the local runtime: the JSON 1.1 protocol the AWS SDK speaks (POST with
 * {@code X-Amz-Target: AWSEvents.<Operation>}), for PutEvents and TestEventPattern. Functions reach it
 * through {@code AWS_ENDPOINT_URL_EVENTBRIDGE}.
 *
 * <p>Unlike AWS, which accepts and drops events for a bus that does not exist, PutEvents naming an
 * unknown bus fails whole with {@code ResourceNotFoundException}, so a wrong bus name shows up locally.
 * Entries without EventBusName go to the bus named {@code default}.
 */
public final class PutEventsEndpoint implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(PutEventsEndpoint.class.getName());
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final String PUT_EVENTS = "AWSEvents.PutEvents";
    private static final String TEST_EVENT_PATTERN = "AWSEvents.TestEventPattern";
    private static final String INVALID_EVENT_PATTERN = "InvalidEventPatternException";
    /** The fields the TestEventPattern API reference says an event must have. */
    private static final List<String> REQUIRED_EVENT_FIELDS =
            List.of("id", "account", "source", "time", "region", "resources", "detail-type");

    private final List<LocalEventBus> buses;

    public PutEventsEndpoint(Collection<LocalEventBus> buses) {
        this.buses = List.copyOf(buses);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            Response response;
            try {
                response = respond(exchange.getRequestMethod(),
                        exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                        new String(requestBody, StandardCharsets.UTF_8));
            } catch (RequestRejectedException e) {
                response = Response.error(e.errorCode(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "EventBridge endpoint failed", e);
                response = new Response(500, errorBody("InternalException", String.valueOf(e.getMessage())),
                        "InternalException");
            }
            send(exchange, response);
        }
    }

    private Response respond(String method, String target, String requestBody) {
        boolean known = PUT_EVENTS.equals(target) || TEST_EVENT_PATTERN.equals(target);
        if (!"POST".equals(method) || !known) {
            return Response.error("UnknownOperationException",
                    "Unknown operation " + (target == null ? "(no X-Amz-Target header)" : target));
        }
        JsonNode request;
        try {
            request = Json.read(requestBody);
        } catch (JsonProcessingException e) {
            return Response.error("SerializationException", e.getOriginalMessage());
        }
        if (!request.isObject()) {
            return Response.error("SerializationException", "the request body must be a JSON object");
        }
        return Response.ok(PUT_EVENTS.equals(target) ? putEvents(request) : testEventPattern(request));
    }

    private ObjectNode putEvents(JsonNode request) {
        List<LocalEventBus.Entry> entries = new ArrayList<>();
        for (JsonNode entry : request.path("Entries")) {
            entries.add(entry(entry));
        }
        LocalEventBus.checkRequestLimits(entries);
        // Every bus is resolved before anything is delivered, so a wrong name delivers nothing.
        List<LocalEventBus> destinations = entries.stream().map(entry -> bus(entry.eventBusName())).toList();

        List<PutEventsResult.ResultEntry> results = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            results.addAll(destinations.get(i).putEvents(List.of(entries.get(i))).entries());
        }
        PutEventsResult result = PutEventsResult.of(results);

        ObjectNode response = Json.object();
        response.put("FailedEntryCount", result.failedEntryCount());
        ArrayNode items = response.putArray("Entries");
        for (PutEventsResult.ResultEntry entry : result.entries()) {
            ObjectNode item = items.addObject();
            if (entry.failed()) {
                item.put("ErrorCode", entry.errorCode());
                item.put("ErrorMessage", entry.errorMessage());
            } else {
                item.put("EventId", entry.eventId());
            }
        }
        return response;
    }

    private static LocalEventBus.Entry entry(JsonNode entry) {
        List<String> resources = new ArrayList<>();
        for (JsonNode resource : entry.path("Resources")) {
            resources.add(resource.asText());
        }
        return new LocalEventBus.Entry(text(entry, "Source"), text(entry, "DetailType"), text(entry, "Detail"),
                text(entry, "EventBusName"), resources, time(entry.get("Time")));
    }

    private LocalEventBus bus(String nameOrArn) {
        String wanted = nameOrArn == null || nameOrArn.isBlank() ? "default" : nameOrArn;
        return buses.stream()
                .filter(bus -> bus.isNamedBy(wanted))
                .findFirst()
                .orElseThrow(() -> new RequestRejectedException("ResourceNotFoundException",
                        "Event bus " + wanted + " does not exist."));
    }

    private static ObjectNode testEventPattern(JsonNode request) {
        String patternText = required(request, "EventPattern");
        String eventText = required(request, "Event");
        EventPattern pattern;
        try {
            pattern = EventPattern.parse(patternText);
        } catch (IllegalArgumentException e) {
            throw new RequestRejectedException(INVALID_EVENT_PATTERN, e.getMessage());
        }
        JsonNode event;
        try {
            event = Json.read(eventText);
        } catch (JsonProcessingException e) {
            throw new RequestRejectedException(INVALID_EVENT_PATTERN,
                    "Parameter Event is not valid. Reason: it is not valid JSON: " + e.getOriginalMessage());
        }
        for (String field : REQUIRED_EVENT_FIELDS) {
            if (!event.has(field)) {
                throw new RequestRejectedException(INVALID_EVENT_PATTERN,
                        "Parameter Event is not valid. Reason: the event has no \"" + field + "\" field.");
            }
        }
        ObjectNode response = Json.object();
        response.put("Result", pattern.matches(event));
        return response;
    }

    private static String required(JsonNode request, String field) {
        String value = text(request, field);
        if (value == null) {
            throw new RequestRejectedException("ValidationException", "1 validation error detected: Value null at '"
                    + Character.toLowerCase(field.charAt(0)) + field.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RequestRejectedException("SerializationException", field + " must be a string");
        }
        return value.textValue();
    }

    /** The SDK sends timestamps as epoch seconds; the CLI may send ISO-8601 text. */
    private static Instant time(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.isNumber()) {
                BigDecimal seconds = value.decimalValue();
                long whole = seconds.longValue();
                return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
            }
            if (value.isTextual()) {
                return Instant.parse(value.textValue());
            }
        } catch (DateTimeException | ArithmeticException e) {
            // reported below
        }
        throw new RequestRejectedException("SerializationException", "Time is not a timestamp: " + value);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (response.errorType() != null) {
            exchange.getResponseHeaders().set("X-Amzn-ErrorType", response.errorType());
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode errorBody(String type, String message) {
        ObjectNode body = Json.object();
        body.put("__type", type);
        body.put("message", message);
        return body;
    }

    private record Response(int status, ObjectNode body, String errorType) {

        static Response ok(ObjectNode body) {
            return new Response(200, body, null);
        }

        static Response error(String type, String message) {
            return new Response(400, errorBody(type, message), type);
        }
    }
}
