package com.instainstru.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayResponseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void structuredResponseBecomesHttp() throws Exception {
        GatewayResponse response = GatewayEvents.toResponse(json("""
                {"statusCode": 201,
                 "headers": {"Content-Type": "application/json", "X-Request-Id": "01JD5X", "X-Count": 3},
                 "body": "{\\"id\\":\\"b1\\"}",
                 "isBase64Encoded": false}
                """));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsExactly(
                Map.entry("Content-Type", List.of("application/json")),
                Map.entry("X-Request-Id", List.of("01JD5X")),
                Map.entry("X-Count", List.of("3")));
        assertThat(response.bodyText()).isEqualTo("{\"id\":\"b1\"}");
    }

    @Test
    void cookiesBecomeSetCookieHeaders() throws Exception {
        GatewayResponse response = GatewayEvents.toResponse(json("""
                {"statusCode": 204,
                 "cookies": ["session=abc; HttpOnly; Secure", "theme=dark"],
                 "headers": {"Cache-Control": "no-store"}}
                """));

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.headers().get("Set-Cookie")).containsExactly("session=abc; HttpOnly; Secure", "theme=dark");
        assertThat(response.header("cache-control")).contains("no-store");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void multiValueHeadersMergeWithHeaders() throws Exception {
        GatewayResponse response = GatewayEvents.toResponse(json("""
                {"statusCode": 200,
                 "headers": {"Vary": "Accept", "X-One": "1"},
                 "multiValueHeaders": {"vary": ["Accept", "Origin"], "X-Two": ["a", "b"]}}
                """));

        assertThat(response.headers()).containsExactly(
                Map.entry("Vary", List.of("Accept", "Origin")),
                Map.entry("X-One", List.of("1")),
                Map.entry("X-Two", List.of("a", "b")));
    }

    @Test
    void base64BodyIsDecoded() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff};
        GatewayResponse response = GatewayEvents.toResponse(json("""
                {"statusCode": 200, "headers": {"content-type": "image/png"}, "isBase64Encoded": true, "body": "%s"}
                """.formatted(Base64.getEncoder().encodeToString(png))));

        assertThat(response.body()).isEqualTo(png);
        assertThat(response.header("Content-Type")).contains("image/png");
    }

    @Test
    void valueWithoutStatusCodeIsAJsonBody() throws Exception {
        GatewayResponse object = GatewayEvents.toResponse(json("{\"message\": \"Hello from Lambda!\"}"));
        GatewayResponse string = GatewayEvents.toResponse(json("\"Hello from Lambda!\""));
        GatewayResponse number = GatewayEvents.toResponse(json("42"));
        GatewayResponse array = GatewayEvents.toResponse(json("[1,2]"));

        assertThat(object.status()).isEqualTo(200);
        assertThat(object.header("content-type")).contains("application/json");
        assertThat(object.bodyText()).isEqualTo("{\"message\":\"Hello from Lambda!\"}");
        assertThat(string.status()).isEqualTo(200);
        assertThat(string.header("content-type")).contains("application/json");
        assertThat(string.bodyText()).isEqualTo("Hello from Lambda!");
        assertThat(number.bodyText()).isEqualTo("42");
        assertThat(array.bodyText()).isEqualTo("[1,2]");
    }

    @Test
    void objectWithBodyButNoStatusCodeIsItselfTheBody() throws Exception {
        GatewayResponse response = GatewayEvents.toResponse(json("{\"body\": \"x\", \"headers\": {\"a\": \"b\"}}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"body\":\"x\",\"headers\":{\"a\":\"b\"}}");
        assertThat(response.headers()).containsOnlyKeys("Content-Type");
    }

    @Test
    void rawPayloadIsParsed() {
        GatewayResponse response = GatewayEvents.toResponse(
                "{\"statusCode\":404,\"body\":\"nope\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.bodyText()).isEqualTo("nope");
    }

    @Test
    void unusableResponsesAreInternalErrors() throws Exception {
        for (String result : List.of(
                "{\"statusCode\": \"abc\"}",
                "{\"statusCode\": 99}",
                "{\"statusCode\": 200.5}",
                "{\"statusCode\": 200, \"headers\": {\"x\": {\"nested\": true}}}",
                "{\"statusCode\": 200, \"headers\": \"x\"}",
                "{\"statusCode\": 200, \"cookies\": \"a=1\"}",
                "{\"statusCode\": 200, \"isBase64Encoded\": true, \"body\": \"not base64!\"}")) {
            assertThat(GatewayEvents.toResponse(json(result))).as(result).isEqualTo(GatewayResponse.internalError());
        }
        assertThat(GatewayEvents.toResponse("not json".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(GatewayResponse.internalError());
        assertThat(GatewayEvents.toResponse(new byte[0])).isEqualTo(GatewayResponse.internalError());
    }

    @Test
    void cannedApiGatewayAnswers() {
        assertCanned(GatewayResponse.notFound(), 404, "{\"message\":\"Not Found\"}");
        assertCanned(GatewayResponse.internalError(), 500, "{\"message\":\"Internal Server Error\"}");
        assertCanned(GatewayResponse.timeout(), 503, "{\"message\":\"Service Unavailable\"}");
    }

    @Test
    void bodyBytesAreCopied() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        GatewayResponse response = new GatewayResponse(200, Map.of(), bytes);
        bytes[0] = 'z';
        response.body()[1] = 'z';

        assertThat(response.bodyText()).isEqualTo("abc");
    }

    private static void assertCanned(GatewayResponse response, int status, String body) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).contains("application/json");
        assertThat(response.bodyText()).isEqualTo(body);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
