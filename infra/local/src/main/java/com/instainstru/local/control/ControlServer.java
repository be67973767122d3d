package com.instainstru.local.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.instainstru.local.lambda.InvocationResult;
import com.instainstru.local.mail.MailCatcher;
import com.instainstru.local.runtime.ScheduleRunner;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local runtime's control port, for people and tests:
 * <ul>
 * <li>{@code GET /control} what runs here;</li>
 * <li>{@code POST /control/schedules/<rule>/fire?at=<instant>} fires a schedule with that event time;</li>
 * <li>{@code GET /control/queues} queue depths (visible / in flight);</li>
 * <li>{@code GET /control/mail} email caught from functions ({@code POST /emails} is the Resend stand-in);</li>
 * <li>{@code GET /control/openapi.json} and {@code /control/docs/} the combined API document and Swagger UI.</li>
 * </ul>
 */
public final class ControlServer implements AutoCloseable {

    private static final String SWAGGER = "META-INF/resources/webjars/swagger-ui/";

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final MailCatcher mail;
    private final Clock clock;
    private volatile ScheduleRunner schedules;
    private volatile Supplier<Map<String, Map<String, Integer>>> queueDepths;
    private volatile ObjectNode openApi;
    private volatile Supplier<JsonNode> status;

    /** Starts with the mail catcher only, so functions can be given its address before they exist. */
    public ControlServer(int port, MailCatcher mail, Clock clock) throws IOException {
        this.mail = mail;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/emails", mail);
        server.createContext("/control", this::handle);
        server.start();
    }

    /** Adds the parts that need the running stack. */
    public void attach(ScheduleRunner schedules, Supplier<Map<String, Map<String, Integer>>> queueDepths,
            ObjectNode openApi, Supplier<JsonNode> status) {
        this.schedules = schedules;
        this.queueDepths = queueDepths;
        this.openApi = openApi;
        this.status = status;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String mailEndpoint() {
        return "http://127.0.0.1:" + port();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (status == null) {
                respond(exchange, 503, error("the local runtime is still starting"));
            } else if (path.equals("/control") || path.equals("/control/")) {
                respond(exchange, 200, status.get());
            } else if (path.equals("/control/queues") && method.equals("GET")) {
                respond(exchange, 200, json.valueToTree(queueDepths.get()));
            } else if (path.equals("/control/mail") && method.equals("GET")) {
                respond(exchange, 200, mail.messages());
            } else if (path.equals("/control/openapi.json")) {
                respond(exchange, 200, openApi);
            } else if (path.startsWith("/control/docs")) {
                swaggerUi(exchange, path.substring("/control/docs".length()));
            } else if (path.startsWith("/control/schedules/") && path.endsWith("/fire") && method.equals("POST")) {
                fire(exchange, path.substring("/control/schedules/".length(), path.length() - "/fire".length()));
            } else {
                respond(exchange, 404, error("no control endpoint " + method + " " + path));
            }
        }
    }

    private void fire(HttpExchange exchange, String rule) throws IOException {
        Instant at;
        try {
            at = queryParameter(exchange, "at").map(Instant::parse).orElseGet(clock::instant);
        } catch (DateTimeParseException e) {
            respond(exchange, 400, error("'at' must be an ISO-8601 instant such as 2026-11-28T09:00:00Z"));
            return;
        }
        InvocationResult result;
        try {
            result = schedules.fire(rule, at);
        } catch (IllegalArgumentException e) {
            respond(exchange, 404, error(e.getMessage()));
            return;
        }
        ObjectNode body = json.createObjectNode().put("rule", rule).put("time", at.toString())
                .put("requestId", result.requestId()).put("success", result.isSuccess())
                .put("timedOut", result.timedOut()).put("durationMs", result.duration().toMillis());
        if (result.isSuccess()) {
            body.set("payload", parseOrText(result.payload()));
        } else {
            body.set("error", json.valueToTree(result.error()));
        }
        respond(exchange, 200, body);
    }

    private void swaggerUi(HttpExchange exchange, String rest) throws IOException {
        if (rest.isEmpty() || rest.equals("/") || rest.equals("/index.html")) {
            byte[] page = SWAGGER_PAGE.getBytes(StandardCharsets.UTF_8);
            send(exchange, 200, "text/html; charset=utf-8", page);
            return;
        }
        String asset = rest.substring(1);
        if (asset.contains("..")) {
            respond(exchange, 404, error("not found"));
            return;
        }
        try (InputStream in = swaggerAsset(asset)) {
            if (in == null) {
                respond(exchange, 404, error("no Swagger UI asset " + asset));
                return;
            }
            send(exchange, 200, contentType(asset), in.readAllBytes());
        }
    }

    private static InputStream swaggerAsset(String asset) throws IOException {
        ClassLoader loader = ControlServer.class.getClassLoader();
        java.util.Properties pom = new java.util.Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                return null;
            }
            pom.load(in);
        }
        return loader.getResourceAsStream(SWAGGER + pom.getProperty("version") + "/" + asset);
    }

    private static String contentType(String asset) {
        if (asset.endsWith(".css")) {
            return "text/css";
        } else if (asset.endsWith(".js")) {
            return "application/javascript";
        } else if (asset.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    private JsonNode parseOrText(String payload) {
        try {
            return json.readTree(payload);
        } catch (IOException notJson) {
            return json.getNodeFactory().textNode(payload);
        }
    }

    private static java.util.Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return java.util.Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return java.util.Optional.of(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return java.util.Optional.empty();
    }

    private ObjectNode error(String message) {
        return json.createObjectNode().put("error", message);
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static final String SWAGGER_PAGE = """
            <!doctype html>
            <html><head><meta charset="utf-8"><title>InstaInstru API (local)</title>
            <link rel="stylesheet" href="/control/docs/swagger-ui.css"></head>
            <body><div id="swagger-ui"></div>
            <script src="/control/docs/swagger-ui-bundle.js"></script>
            <script>SwaggerUIBundle({url: "/control/openapi.json", dom_id: "#swagger-ui"});</script>
            </body></html>
            """;
}
