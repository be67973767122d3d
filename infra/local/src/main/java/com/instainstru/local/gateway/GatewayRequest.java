package com.instainstru.local.gateway;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as it reaches API Gateway.
 *
 * @param method         the HTTP method, e.g. {@code GET}
 * @param rawPath        the path as sent, still percent-encoded, without the query
 * @param rawQueryString the query as sent, without {@code ?}; empty when there is none
 * @param headers        header names as sent, in order, each with its values in order
 * @param body           the body bytes; empty when there is none
 * @param sourceIp       the client's address
 * @param protocol       e.g. {@code HTTP/1.1}
 */
public record GatewayRequest(
        String method,
        String rawPath,
        String rawQueryString,
        Map<String, List<String>> headers,
        byte[] body,
        String sourceIp,
        String protocol) {

    public GatewayRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(sourceIp, "sourceIp");
        rawQueryString = rawQueryString == null ? "" : rawQueryString;
        headers = Headers.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
        protocol = protocol == null ? "HTTP/1.1" : protocol;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header, its name compared case-insensitively. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatewayRequest that
                && method.equals(that.method)
                && rawPath.equals(that.rawPath)
                && rawQueryString.equals(that.rawQueryString)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && sourceIp.equals(that.sourceIp)
                && protocol.equals(that.protocol);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, rawPath, rawQueryString, headers, Arrays.hashCode(body), sourceIp, protocol);
    }

    @Override
    public String toString() {
        String query = rawQueryString.isEmpty() ? "" : "?" + rawQueryString;
        return "GatewayRequest[" + method + " " + rawPath + query + " " + protocol + " from " + sourceIp
                + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
