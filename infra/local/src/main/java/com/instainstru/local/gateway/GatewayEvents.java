package com.instainstru.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translation between HTTP and a Lambda proxy integration with payload format 2.0: the event API Gateway sends the
 * function, and the HTTP response it makes of the function's result.
 */
public final class GatewayEvents {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private GatewayEvents() {
    }

    /**
     * The payload format 2.0 event for a request routed by {@code match}. Header names are lower-cased and repeated
     * headers joined with commas; {@code Cookie} headers become {@code cookies}; repeated query keys are joined
     * with commas. {@code cookies}, {@code queryStringParameters}, {@code pathParameters} and {@code body} are left
     * out when empty. {@code requestContext.domainName} is the Host header without its port, else
     * {@code localhost}; {@code requestContext.http.path} is the decoded path. The body is text when the content type
     * is textual (or absent) and the bytes are UTF-8, otherwise base64 with {@code isBase64Encoded} true.
     */
    public static ObjectNode toEvent(GatewayRequest request, RouteMatch match, String requestId, Instant now,
            String accountId, String apiId, String stage) {
        List<String> cookies = new ArrayList<>();
        Map<String, String> headers = eventHeaders(request, cookies);

        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("version", "2.0");
        event.put("routeKey", match.routeKey());
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQueryString());
        if (!cookies.isEmpty()) {
            ArrayNode array = event.putArray("cookies");
            cookies.forEach(array::add);
        }
        headers.forEach(event.putObject("headers")::put);
        Map<String, String> query = queryParameters(request.rawQueryString());
        if (!query.isEmpty()) {
            query.forEach(event.putObject("queryStringParameters")::put);
        }
        event.set("requestContext", requestContext(request, match, headers, requestId, now, accountId, apiId, stage));
        byte[] body = request.body();
        boolean base64 = false;
        if (body.length > 0) {
            base64 = !BodyEncoding.isText(headers.get("content-type"), body);
            event.put("body", base64
                    ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8));
        }
        if (!match.pathParameters().isEmpty()) {
            match.pathParameters().forEach(event.putObject("pathParameters")::put);
        }
        event.put("isBase64Encoded", base64);
        return event;
    }

    /**
     * The HTTP response for a function's result. An object with a {@code statusCode} is a response: headers and
     * multiValueHeaders merged, cookies sent as {@code Set-Cookie}, a base64 body decoded. Any other JSON value is
     * the body of a 200 {@code application/json} (a JSON string gives its text). A response that cannot be turned
     * into HTTP is {@link GatewayResponse#internalError()}.
     */
    public static GatewayResponse toResponse(JsonNode lambdaResult) {
        return ResponseReader.read(lambdaResult);
    }

    /** The HTTP response for a function's raw result payload; anything but valid JSON is a 500. */
    public static GatewayResponse toResponse(byte[] lambdaPayload) {
        return ResponseReader.read(lambdaPayload);
    }

    private static Map<String, String> eventHeaders(GatewayRequest request, List<String> cookies) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(value -> addCookies(value, cookies));
            } else {
                byName.computeIfAbsent(lower, key -> new ArrayList<>()).addAll(values);
            }
        });
        Map<String, String> joined = new LinkedHashMap<>();
        byName.forEach((name, values) -> joined.put(name, String.join(",", values)));
        return joined;
    }

    private static void addCookies(String header, List<String> cookies) {
        for (String cookie : header.split(";")) {
            if (!cookie.isBlank()) {
                cookies.add(cookie.trim());
            }
        }
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = UrlDecoding.query(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : UrlDecoding.query(pair.substring(equals + 1));
            parameters.merge(key, value, (first, next) -> first + "," + next);
        }
        return parameters;
    }

    private static ObjectNode requestContext(GatewayRequest request, RouteMatch match, Map<String, String> headers,
            String requestId, Instant now, String accountId, String apiId, String stage) {
        String domainName = domainName(headers.get("host"));
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.put("accountId", accountId);
        context.put("apiId", apiId);
        context.put("domainName", domainName);
        context.put("domainPrefix", domainName.split("\\.", 2)[0]);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", UrlDecoding.path(request.rawPath()));
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        context.put("requestId", requestId);
        context.put("routeKey", match.routeKey());
        context.put("stage", stage);
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        return context;
    }

    private static String domainName(String host) {
        if (host == null || host.isBlank()) {
            return "localhost";
        }
        String name = host.trim();
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end < 0 ? name : name.substring(0, end + 1);
        }
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
