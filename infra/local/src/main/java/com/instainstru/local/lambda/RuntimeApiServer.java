package com.instainstru.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The Lambda Runtime API (version 2018-06-01) for one function process, on 127.0.0.1 and a free port. The
 * runtime interface client long-polls {@code invocation/next}, runs the handler and posts the response or
 * error; a failed start is posted to {@code init/error}. One server serves one process: a fresh process gets
 * a fresh server, so a poll left behind by a killed process can never swallow the next event.
 */
final class RuntimeApiServer implements AutoCloseable {

    /** Lambda's limit for a synchronous request or response payload. */
    static final int MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";

    private static final String BASE = "/2018-06-01/runtime/";
    private static final String INVOCATION = BASE + "invocation/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    static {
        // The JDK server writes headers and body separately; with Nagle on, the body then waits for the client's
        // delayed ACK (40 ms on Linux) on every exchange. Read once, when the JDK's first HttpServer starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String functionArn;
    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<PendingInvocation> queued = new LinkedBlockingQueue<>();
    private final Map<String, PendingInvocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<FunctionError> initError = new CompletableFuture<>();
    private final CompletableFuture<Long> firstPollNanos = new CompletableFuture<>();
    private volatile boolean closed;

    private final Clock clock;

    private RuntimeApiServer(String functionName, HttpServer server, ExecutorService executor, Clock clock) {
        this.clock = clock;
        this.functionArn = "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + functionName;
        this.server = server;
        this.executor = executor;
    }

    static RuntimeApiServer start(String functionName, Clock clock) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        // A long poll holds its thread, so the pool must grow rather than queue requests behind it.
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "runtime-api-" + functionName);
            thread.setDaemon(true);
            return thread;
        });
        RuntimeApiServer api = new RuntimeApiServer(functionName, server, executor, clock);
        server.createContext(BASE, api::handle);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    PendingInvocation submit(String requestId, byte[] event, Duration timeout) {
        PendingInvocation invocation = new PendingInvocation(requestId, event, timeout, clock);
        FunctionError error = initError.getNow(null);
        if (error != null || closed) {
            invocation.fail(error != null ? error : new FunctionError("Runtime.Unavailable", "runtime API closed"));
        } else {
            queued.add(invocation);
        }
        return invocation;
    }

    /** Completes when the runtime first asks for an event, i.e. when its init phase is over. */
    CompletableFuture<Long> firstPollNanos() {
        return firstPollNanos;
    }

    CompletableFuture<FunctionError> initError() {
        return initError;
    }

    /** Fails every queued and in-flight invocation, e.g. because the process has exited. */
    void failAll(Function<String, FunctionError> errorForRequestId) {
        List<PendingInvocation> pending = new ArrayList<>(inFlight.values());
        queued.drainTo(pending);
        inFlight.clear();
        pending.forEach(invocation -> invocation.fail(errorForRequestId.apply(invocation.requestId())));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        failAll(requestId -> new FunctionError("Runtime.Unavailable", "runtime API closed"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(INVOCATION + "next")) {
                requireMethod(exchange, "GET");
                next(exchange);
            } else if (path.equals(BASE + "init/error")) {
                requireMethod(exchange, "POST");
                initError(exchange);
            } else if (path.startsWith(INVOCATION) && path.endsWith("/response")) {
                requireMethod(exchange, "POST");
                response(exchange, requestIdOf(path, "/response"));
            } else if (path.startsWith(INVOCATION) && path.endsWith("/error")) {
                requireMethod(exchange, "POST");
                error(exchange, requestIdOf(path, "/error"));
            } else {
                send(exchange, 404, problem("UnknownPath", method + " " + path));
            }
        } catch (WrongMethod e) {
            send(exchange, 405, problem("MethodNotAllowed", e.getMessage()));
        } finally {
            exchange.close();
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        firstPollNanos.complete(System.nanoTime());
        PendingInvocation invocation = null;
        try {
            while (invocation == null && !closed) {
                invocation = queued.poll(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (invocation == null) {
            return;
        }
        inFlight.values().removeIf(answered -> answered.outcome().isDone());
        inFlight.put(invocation.requestId(), invocation);
        Instant deadline = invocation.markDelivered();
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline.toEpochMilli()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", traceId());
        // If the runtime vanished mid-write, the process exit fails this invocation; nothing to undo here.
        send(exchange, 200, invocation.event());
    }

    private void response(HttpExchange exchange, String requestId) throws IOException {
        PendingInvocation invocation = inFlight.get(requestId);
        if (invocation == null) {
            drain(exchange.getRequestBody());
            send(exchange, 400, problem("InvalidRequestID", "Invalid request ID: " + requestId));
            return;
        }
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_PAYLOAD_BYTES);
        if (body == null) {
            // The RIC answers a 413 by posting an error for the same request, so the id stays known until then.
            String message = "Response payload size exceeded maximum allowed payload size (" + MAX_PAYLOAD_BYTES
                    + " bytes).";
            invocation.fail(new FunctionError("Function.ResponseSizeTooLarge", message));
            send(exchange, 413, problem("RequestEntityTooLarge", message));
            return;
        }
        inFlight.remove(requestId);
        invocation.succeed(new String(body, StandardCharsets.UTF_8));
        send(exchange, 202, ACCEPTED);
    }

    private void error(HttpExchange exchange, String requestId) throws IOException {
        PendingInvocation invocation = inFlight.remove(requestId);
        FunctionError error = readError(exchange);
        if (invocation == null) {
            send(exchange, 400, problem("InvalidRequestID", "Invalid request ID: " + requestId));
            return;
        }
        invocation.fail(error);
        send(exchange, 202, ACCEPTED);
    }

    private void initError(HttpExchange exchange) throws IOException {
        FunctionError error = readError(exchange);
        initError.complete(error);
        failAll(requestId -> error);
        send(exchange, 202, ACCEPTED);
    }

    /** Error body {@code {errorMessage, errorType, stackTrace}}; the type header stands in for a missing type. */
    private static FunctionError readError(HttpExchange exchange) throws IOException {
        String headerType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_PAYLOAD_BYTES);
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        String fallbackType = headerType == null || headerType.isBlank() ? "Runtime.Unknown" : headerType;
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return new FunctionError(fallbackType, text);
            }
            List<String> stackTrace = new ArrayList<>();
            node.path("stackTrace").forEach(frame -> stackTrace.add(frame.asText()));
            String type = node.path("errorType").asText("");
            return new FunctionError(type.isBlank() ? fallbackType : type, node.path("errorMessage").asText(""),
                    stackTrace);
        } catch (IOException notJson) {
            return new FunctionError(fallbackType, text);
        }
    }

    /** The body, or null when it is larger than {@code limit}; the rest is read and dropped either way. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total <= limit) {
                out.write(buffer, 0, n);
            }
        }
        return total <= limit ? out.toByteArray() : null;
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] problem(String type, String message) {
        return JSON.createObjectNode().put("errorType", type).put("errorMessage", message).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String requestIdOf(String path, String suffix) {
        return path.substring(INVOCATION.length(), path.length() - suffix.length());
    }

    private static void requireMethod(HttpExchange exchange, String method) {
        if (!exchange.getRequestMethod().equals(method)) {
            throw new WrongMethod(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
    }

    /** X-Ray's format: Root=1-{epoch seconds, 8 hex}-{24 hex}. Tracing is off, hence Sampled=0. */
    private String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] root = new byte[12];
        byte[] parent = new byte[8];
        random.nextBytes(root);
        random.nextBytes(parent);
        return String.format("Root=1-%08x-%s;Parent=%s;Sampled=0", clock.instant().getEpochSecond(),
                HexFormat.of().formatHex(root), HexFormat.of().formatHex(parent));
    }

    private static final class WrongMethod extends RuntimeException {
        WrongMethod(String message) {
            super(message, null, false, false);
        }
    }
}
