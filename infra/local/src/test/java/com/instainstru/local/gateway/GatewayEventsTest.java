package com.instainstru.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GatewayEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:12.345Z");
    private static final RouteMatch HEALTH = new RouteMatch("HealthApiFunction", "GET /api/v1/health", Map.of());

    /**
     * The payload format 2.0 example of "Working with AWS Lambda proxy integrations for HTTP APIs", produced from the
     * request it describes. Where the example shows what this gateway does not emulate, or contradicts itself, the
     * expectation is adjusted on purpose and says why.
     */
    @Test
    void reproducesTheDocumentedPayloadFormat2Example() throws IOException {
        ObjectNode documented = (ObjectNode) resource("gateway/aws-doc-v2-event.json");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Header1", List.of("value1"));
        headers.put("Header2", List.of("value1", "value2"));
        headers.put("Cookie", List.of("cookie1; cookie2"));
        headers.put("Host", List.of("id.execute-api.us-east-1.amazonaws.com"));
        headers.put("User-Agent", List.of("agent"));
        GatewayRequest request = new GatewayRequest("POST", "/my/path",
                "parameter1=value1&parameter1=value2&parameter2=value", headers,
                "Hello from Lambda".getBytes(StandardCharsets.UTF_8), "192.0.2.1", "HTTP/1.1");
        // The example pairs routeKey $default with a path parameter; take the route match as the example states it.
        RouteMatch match = new RouteMatch("Fn", "$default", Map.of("parameter1", "value1"));

        ObjectNode event = GatewayEvents.toEvent(request, match, "id", Instant.ofEpochMilli(1583348638390L),
                "123456789012", "api-id", "$default");

        ObjectNode expected = documented.deepCopy();
        // No stage variables, mutual TLS or authorizers locally.
        expected.remove("stageVariables");
        ObjectNode context = (ObjectNode) expected.get("requestContext");
        context.remove("authentication");
        context.remove("authorizer");
        // The example's time says 12 March but its timeEpoch is 4 March 2020 19:03:58.390 UTC: both come from one clock.
        context.put("time", "04/Mar/2020:19:03:58 +0000");
        // The example's domainName and userAgent come from Host and User-Agent, which its headers leave out.
        ((ObjectNode) expected.get("headers"))
                .put("host", "id.execute-api.us-east-1.amazonaws.com")
                .put("user-agent", "agent");

        assertSameFields("", event, expected);
    }

    @Test
    void formatsTheRequestTimeLikeApiGateway() {
        ObjectNode event = GatewayEvents.toEvent(get("/api/v1/health", ""), HEALTH, "r1",
                Instant.parse("2020-03-12T19:03:58.390Z"), "123456789012", "api", "$default");

        assertThat(event.at("/requestContext/time").asText()).isEqualTo("12/Mar/2020:19:03:58 +0000");
        assertThat(event.at("/requestContext/timeEpoch").asLong()).isEqualTo(1584039838390L);
    }

    @Test
    void leavesOutEmptyOptionalFields() {
        ObjectNode event = GatewayEvents.toEvent(get("/api/v1/health", ""), HEALTH, "r1", NOW, "123456789012",
                "api", "$default");

        assertThat(fieldNames(event)).containsExactly(
                "version", "routeKey", "rawPath", "rawQueryString", "headers", "requestContext", "isBase64Encoded");
        assertThat(event.get("rawQueryString").asText()).isEmpty();
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(event.at("/requestContext/domainName").asText()).isEqualTo("localhost");
        assertThat(event.at("/requestContext/domainPrefix").asText()).isEqualTo("localhost");
        assertThat(event.at("/requestContext/http/userAgent").asText()).isEmpty();
        assertThat(event.at("/requestContext/routeKey").asText()).isEqualTo("GET /api/v1/health");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
        assertThat(event.at("/requestContext/requestId").asText()).isEqualTo("r1");
    }

    @Test
    void domainNameIsTheHostWithoutItsPort() {
        GatewayRequest request = request("GET", "/api/v1/health", "", Map.of("Host", List.of("localhost:3000")),
                new byte[0]);

        ObjectNode event = GatewayEvents.toEvent(request, HEALTH, "r1", NOW, "123456789012", "api", "$default");

        assertThat(event.at("/requestContext/domainName").asText()).isEqualTo("localhost");
        assertThat(event.at("/headers/host").asText()).isEqualTo("localhost:3000");
    }

    @Test
    void lowerCasesHeaderNamesAndJoinsRepeatedHeaders() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Multi", List.of("a", "b"));
        headers.put("Accept", List.of("application/json"));
        headers.put("x-multi", List.of("c"));
        ObjectNode event = GatewayEvents.toEvent(request("GET", "/api/v1/health", "", headers, new byte[0]), HEALTH,
                "r1", NOW, "123456789012", "api", "$default");

        assertThat(fieldNames(event.get("headers"))).containsExactly("x-multi", "accept");
        assertThat(event.at("/headers/x-multi").asText()).isEqualTo("a,b,c");
    }

    @Test
    void cookieHeadersBecomeTheCookiesArray() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Cookie", List.of("session=abc; theme=dark", "lang=en"));
        headers.put("cookie", List.of("consent=yes"));
        headers.put("Accept", List.of("*/*"));
        ObjectNode event = GatewayEvents.toEvent(request("GET", "/api/v1/health", "", headers, new byte[0]), HEALTH,
                "r1", NOW, "123456789012", "api", "$default");

        assertThat(texts(event.get("cookies"))).containsExactly("session=abc", "theme=dark", "lang=en", "consent=yes");
        assertThat(fieldNames(event.get("headers"))).containsExactly("accept");
    }

    @Test
    void decodesQueryParametersAndJoinsRepeatedKeys() {
        ObjectNode event = GatewayEvents.toEvent(get("/api/v1/health", "q=a%20b&tag=x+y&tag=z&flag&%C3%A9t%C3%A9=1"),
                HEALTH, "r1", NOW, "123456789012", "api", "$default");

        assertThat(event.get("rawQueryString").asText()).isEqualTo("q=a%20b&tag=x+y&tag=z&flag&%C3%A9t%C3%A9=1");
        JsonNode query = event.get("queryStringParameters");
        assertThat(fieldNames(query)).containsExactly("q", "tag", "flag", "été");
        assertThat(query.get("q").asText()).isEqualTo("a b");
        assertThat(query.get("tag").asText()).isEqualTo("x y,z");
        assertThat(query.get("flag").asText()).isEmpty();
    }

    @Test
    void pathParametersAndTheDecodedPathComeFromTheRoute() {
        RouteTable routes = RouteTable.builder()
                .route("POST", "/api/v1/bookings/{bookingId}/cancel", "CancelBooking")
                .build();
        GatewayRequest request = request("POST", "/api/v1/bookings/b%201/cancel", "", Map.of(), new byte[0]);

        ObjectNode event = GatewayEvents.toEvent(request, routes.match("POST", request.rawPath()).orElseThrow(),
                "r1", NOW, "123456789012", "api", "$default");

        assertThat(event.get("routeKey").asText()).isEqualTo("POST /api/v1/bookings/{bookingId}/cancel");
        assertThat(event.get("rawPath").asText()).isEqualTo("/api/v1/bookings/b%201/cancel");
        assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/api/v1/bookings/b 1/cancel");
        assertThat(event.at("/pathParameters/bookingId").asText()).isEqualTo("b 1");
    }

    @Test
    void textualBodiesStayText() {
        for (String contentType : List.of("application/json", "text/plain; charset=utf-8", "TEXT/CSV",
                "application/problem+json", "application/xml", "application/x-www-form-urlencoded")) {
            ObjectNode event = GatewayEvents.toEvent(post(contentType, "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8)),
                    HEALTH, "r1", NOW, "123456789012", "api", "$default");

            assertThat(event.get("isBase64Encoded").asBoolean()).as(contentType).isFalse();
            assertThat(event.get("body").asText()).as(contentType).isEqualTo("{\"name\":\"Zoë\"}");
        }
    }

    @Test
    void bodyWithoutContentTypeIsTextOnlyWhenItIsUtf8() {
        ObjectNode text = GatewayEvents.toEvent(post(null, "plain".getBytes(StandardCharsets.UTF_8)), HEALTH, "r1",
                NOW, "123456789012", "api", "$default");
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};
        ObjectNode encoded = GatewayEvents.toEvent(post(null, binary), HEALTH, "r1", NOW, "123456789012", "api",
                "$default");

        assertThat(text.get("body").asText()).isEqualTo("plain");
        assertThat(text.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(encoded.get("body").asText()).isEqualTo(Base64.getEncoder().encodeToString(binary));
        assertThat(encoded.get("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void nonTextualBodiesAreBase64EvenWhenTheyAreValidUtf8() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (Map.Entry<String, byte[]> body : Map.of("image/png", png,
                "application/octet-stream", "abc".getBytes(StandardCharsets.UTF_8)).entrySet()) {
            ObjectNode event = GatewayEvents.toEvent(post(body.getKey(), body.getValue()), HEALTH, "r1", NOW,
                    "123456789012", "api", "$default");

            assertThat(event.get("isBase64Encoded").asBoolean()).as(body.getKey()).isTrue();
            assertThat(Base64.getDecoder().decode(event.get("body").asText())).isEqualTo(body.getValue());
        }
    }

    @Test
    void textualContentTypeWithInvalidUtf8IsBase64() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);

        ObjectNode event = GatewayEvents.toEvent(post("text/plain", latin1), HEALTH, "r1", NOW, "123456789012",
                "api", "$default");

        assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(event.get("body").asText())).isEqualTo(latin1);
    }

    private static void assertSameFields(String path, JsonNode actual, JsonNode expected) {
        if (!expected.isObject()) {
            assertThat(actual).as(path).isEqualTo(expected);
            return;
        }
        assertThat(actual.isObject()).as(path + " is an object").isTrue();
        Set<String> names = new TreeSet<>(fieldNames(expected));
        names.addAll(fieldNames(actual));
        for (String name : names) {
            String field = path + "/" + name;
            assertThat(actual.has(name)).as(field + " present").isEqualTo(expected.has(name));
            assertSameFields(field, actual.get(name), expected.get(name));
        }
    }

    private static GatewayRequest get(String path, String query) {
        return request("GET", path, query, Map.of(), new byte[0]);
    }

    private static GatewayRequest post(String contentType, byte[] body) {
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
        return request("POST", "/api/v1/health", "", headers, body);
    }

    private static GatewayRequest request(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) {
        return new GatewayRequest(method, path, query, headers, body, "127.0.0.1", "HTTP/1.1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = GatewayEventsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }
}
