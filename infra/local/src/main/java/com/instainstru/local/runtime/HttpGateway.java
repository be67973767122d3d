package com.instainstru.local.runtime;

import com.instainstru.local.gateway.GatewayEvents;
import com.instainstru.local.gateway.GatewayRequest;
import com.instainstru.local.gateway.GatewayResponse;
import com.instainstru.local.gateway.RouteMatch;
import com.instainstru.local.gateway.RouteTable;
import com.instainstru.local.lambda.InvocationResult;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The local API Gateway: one port, template.yaml's HttpApi routes, each request turned into a payload
 * 2.0 event for the function that owns the route and its answer turned back into HTTP.
 */
public final class HttpGateway implements AutoCloseable {

    static final String ACCOUNT = "123456789012";

    private final HttpServer server;
    private final RouteTable routes;
    private final FunctionInvoker functions;
    private final Clock clock;
    private final Consumer<String> log;

    public HttpGateway(int port, RouteTable routes, FunctionInvoker functions, Clock clock, Consumer<String> log)
            throws IOException {
        this.routes = routes;
        this.functions = functions;
        this.clock = clock;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8, daemon("gateway")));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            GatewayRequest request = request(exchange);
            Optional<RouteMatch> match = routes.match(request.method(), request.rawPath());
            GatewayResponse response = match.map(m -> invoke(request, m)).orElseGet(GatewayResponse::notFound);
            write(exchange, response);
        }
    }

    private GatewayResponse invoke(GatewayRequest request, RouteMatch match) {
        String requestId = UUID.randomUUID().toString();
        String event = GatewayEvents.toEvent(request, match, requestId, clock.instant(), ACCOUNT, "local",
                "$default").toString();
        InvocationResult result = functions.invoke(match.target(), event);
        if (result.timedOut()) {
            log.accept("[gateway] " + match.routeKey() + " -> " + match.target() + " timed out");
            return GatewayResponse.timeout();
        }
        if (!result.isSuccess()) {
            log.accept("[gateway] " + match.routeKey() + " -> " + match.target() + " failed: " + result.error());
            return GatewayResponse.internalError();
        }
        return GatewayEvents.toResponse(result.payload().getBytes(StandardCharsets.UTF_8));
    }

    private static GatewayRequest request(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach(headers::put);
        return new GatewayRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, exchange.getRequestBody().readAllBytes(),
                exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getProtocol());
    }

    /**
     * Framing is the gateway's own (it sends the whole body with its length), so a function's hop-by-hop and
     * framing headers are dropped, as any proxy must: an empty {@code transfer-encoding} from the Lambda HTTP
     * bridge would otherwise leave clients waiting for chunks that never come.
     */
    private static final Set<String> FRAMING_HEADERS =
            Set.of("transfer-encoding", "content-length", "connection", "keep-alive");

    private static void write(HttpExchange exchange, GatewayResponse response) throws IOException {
        response.headers().forEach((name, values) -> {
            if (!FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, List.copyOf(values));
            }
        });
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
