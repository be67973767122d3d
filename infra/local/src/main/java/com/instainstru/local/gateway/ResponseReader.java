package com.instainstru.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * How API Gateway turns a function's result (payload format 2.0) into HTTP.
 *
 * <p>An object with a {@code statusCode} is a response: {@code headers} and {@code multiValueHeaders} are merged
 * (a value present in both is sent once), each entry of {@code cookies} becomes a {@code Set-Cookie} header and the
 * {@code body} is base64-decoded when {@code isBase64Encoded} is true. Any other JSON is the body of a 200 with
 * content type {@code application/json}; a JSON string gives its text, as AWS documents for
 * {@code "Hello from Lambda!"}. A response API Gateway could not use (a bad status, a header that is not a scalar,
 * invalid base64) becomes a 500.
 */
final class ResponseReader {

    private static final ObjectReader JSON = new ObjectMapper().reader();

    private ResponseReader() {
    }

    static GatewayResponse read(byte[] payload) {
        try {
            JsonNode result = payload == null || payload.length == 0 ? null : JSON.readTree(payload);
            return result == null || result.isMissingNode() ? GatewayResponse.internalError() : read(result);
        } catch (IOException e) {
            return GatewayResponse.internalError();
        }
    }

    static GatewayResponse read(JsonNode result) {
        JsonNode value = result == null || result.isMissingNode() ? NullNode.getInstance() : result;
        if (value.isObject() && value.hasNonNull("statusCode")) {
            try {
                return structured(value);
            } catch (MalformedResponse e) {
                return GatewayResponse.internalError();
            }
        }
        String body = value.isTextual() ? value.textValue() : value.toString();
        return new GatewayResponse(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static GatewayResponse structured(JsonNode response) {
        int status = status(response.get("statusCode"));
        Headers headers = new Headers();
        forEachField(response.get("headers"), (name, value) -> headers.add(name, scalar(value)));
        forEachField(response.get("multiValueHeaders"), (name, values) -> {
            if (!values.isArray()) {
                throw new MalformedResponse();
            }
            values.forEach(value -> headers.addDistinct(name, scalar(value)));
        });
        JsonNode cookies = response.get("cookies");
        if (cookies != null && !cookies.isNull()) {
            if (!cookies.isArray()) {
                throw new MalformedResponse();
            }
            cookies.forEach(cookie -> headers.add("Set-Cookie", scalar(cookie)));
        }
        return new GatewayResponse(status, headers.build(), body(response));
    }

    private static int status(JsonNode statusCode) {
        int status;
        if (statusCode.isIntegralNumber() && statusCode.canConvertToInt()) {
            status = statusCode.intValue();
        } else if (statusCode.isTextual() && statusCode.textValue().matches("\\d{3}")) {
            status = Integer.parseInt(statusCode.textValue());
        } else {
            throw new MalformedResponse();
        }
        if (status < 100 || status > 599) {
            throw new MalformedResponse();
        }
        return status;
    }

    private static byte[] body(JsonNode response) {
        JsonNode body = response.get("body");
        if (body == null || body.isNull()) {
            return new byte[0];
        }
        String text = body.isTextual() ? body.textValue() : body.toString();
        if (!response.path("isBase64Encoded").asBoolean(false)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponse();
        }
    }

    private static void forEachField(JsonNode object, BiConsumer<String, JsonNode> action) {
        if (object == null || object.isNull()) {
            return;
        }
        if (!object.isObject()) {
            throw new MalformedResponse();
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getValue().isNull()) {
                action.accept(field.getKey(), field.getValue());
            }
        }
    }

    private static String scalar(JsonNode value) {
        if (!value.isValueNode() || value.isNull()) {
            throw new MalformedResponse();
        }
        return value.asText();
    }

    /** The function answered with something API Gateway cannot turn into HTTP. */
    private static final class MalformedResponse extends RuntimeException {

        MalformedResponse() {
            super(null, null, false, false);
        }
    }
}
