package com.instainstru.local.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for Resend's HTTP API ({@code POST /emails}) so functions' outgoing email is caught locally
 * and readable at the control endpoint, like MailHog. Answers as Resend does: {@code {"id": "..."}}.
 */
public final class MailCatcher implements HttpHandler {

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final List<ObjectNode> messages = new ArrayList<>();

    public MailCatcher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/emails")) {
                respond(exchange, 404, json.createObjectNode().put("name", "not_found")
                        .put("message", "The mail catcher only accepts POST /emails"));
                return;
            }
            JsonNode email;
            try {
                email = json.readTree(exchange.getRequestBody());
            } catch (IOException e) {
                respond(exchange, 422, json.createObjectNode().put("name", "validation_error")
                        .put("message", "Invalid JSON body"));
                return;
            }
            String id = UUID.randomUUID().toString();
            ObjectNode stored = json.createObjectNode().put("id", id).put("receivedAt", clock.instant().toString());
            stored.set("email", email);
            synchronized (messages) {
                messages.add(stored);
            }
            respond(exchange, 200, json.createObjectNode().put("id", id));
        }
    }

    public ArrayNode messages() {
        synchronized (messages) {
            ArrayNode all = json.createArrayNode();
            messages.forEach(all::add);
            return all;
        }
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
