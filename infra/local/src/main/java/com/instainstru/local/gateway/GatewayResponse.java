package com.instainstru.local.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP response API Gateway sends back to the client.
 *
 * @param status  the HTTP status code
 * @param headers header names in order, each with its values in order ({@code Set-Cookie} may repeat)
 * @param body    the body bytes; empty when there is none
 */
public record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public GatewayResponse {
        headers = Headers.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    /** What API Gateway answers when no route matches and there is no {@code $default} route. */
    public static GatewayResponse notFound() {
        return message(404, "Not Found");
    }

    /** What API Gateway answers when the function fails or returns a response it cannot use. */
    public static GatewayResponse internalError() {
        return message(500, "Internal Server Error");
    }

    /** What an HTTP API answers when the integration does not respond in time. */
    public static GatewayResponse timeout() {
        return message(503, "Service Unavailable");
    }

    private static GatewayResponse message(int status, String message) {
        return new GatewayResponse(status, Map.of("Content-Type", List.of("application/json")),
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header, its name compared case-insensitively. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatewayResponse that
                && status == that.status
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "GatewayResponse[" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
