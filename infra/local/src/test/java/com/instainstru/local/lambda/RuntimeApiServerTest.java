package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Runtime API as the RIC sees it, driven by a plain HTTP client playing the runtime. */
class RuntimeApiServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private RuntimeApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = RuntimeApiServer.start("SomeFunction", java.time.Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private URI uri(String path) {
        return URI.create("http://" + api.address() + "/2018-06-01/runtime/" + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> post(String path, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private PendingInvocation submit(String requestId, String event) {
        return api.submit(requestId, event.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(3));
    }

    @Test
    void nextHandsOutTheEventWithLambdasHeadersAndTheResponseCompletesIt() throws Exception {
        PendingInvocation invocation = submit("req-1", "{\"hello\":1}");

        HttpResponse<String> next = get("invocation/next");
        long expectedDeadline = Instant.now().plusSeconds(3).toEpochMilli();

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("{\"hello\":1}");
        assertThat(next.headers().firstValue("Lambda-Runtime-Aws-Request-Id")).hasValue("req-1");
        assertThat(next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn"))
                .hasValue("arn:aws:lambda:us-east-1:123456789012:function:SomeFunction");
        assertThat(next.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow())
                .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
        assertThat(Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow()))
                .isBetween(expectedDeadline - 1000, expectedDeadline + 100);
        assertThat(api.firstPollNanos()).isDone();

        HttpResponse<String> accepted = post("invocation/req-1/response", "{\"statusCode\":200}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(invocation.outcome().get(1, TimeUnit.SECONDS).payload()).isEqualTo("{\"statusCode\":200}");
        assertThat(invocation.outcome().get().error()).isNull();
    }

    @Test
    void nextWaitsUntilAnEventArrives() throws Exception {
        CompletableFuture<HttpResponse<String>> next = http.sendAsync(
                HttpRequest.newBuilder(uri("invocation/next")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(next).isNotDone();

        submit("req-2", "{}");

        assertThat(next.get(5, TimeUnit.SECONDS).headers().firstValue("Lambda-Runtime-Aws-Request-Id"))
                .hasValue("req-2");
    }

    @Test
    void anErrorReportBecomesTheFunctionError() throws Exception {
        PendingInvocation invocation = submit("req-3", "{}");
        get("invocation/next");

        HttpResponse<String> accepted = post("invocation/req-3/error", HttpRequest.newBuilder(
                uri("invocation/req-3/error"))
                .header("Lambda-Runtime-Function-Error-Type", "Unhandled")
                .POST(HttpRequest.BodyPublishers.ofString("{\"errorMessage\":\"boom\",\"errorType\":"
                        + "\"java.lang.IllegalStateException\",\"stackTrace\":[\"a.B.c(B.java:1)\"]}")));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(invocation.outcome().get(1, TimeUnit.SECONDS).error()).isEqualTo(new FunctionError(
                "java.lang.IllegalStateException", "boom", java.util.List.of("a.B.c(B.java:1)")));
    }

    @Test
    void anErrorBodyThatIsNotJsonKeepsTheHeadersType() throws Exception {
        PendingInvocation invocation = submit("req-4", "{}");
        get("invocation/next");

        post("invocation/req-4/error", HttpRequest.newBuilder(uri("invocation/req-4/error"))
                .header("Lambda-Runtime-Function-Error-Type", "Runtime.Crashed")
                .POST(HttpRequest.BodyPublishers.ofString("it broke")));

        assertThat(invocation.outcome().get(1, TimeUnit.SECONDS).error())
                .isEqualTo(new FunctionError("Runtime.Crashed", "it broke"));
    }

    @Test
    void aResponseOverSixMegabytesIsRefusedAndFailsTheInvocation() throws Exception {
        PendingInvocation invocation = submit("req-5", "{}");
        get("invocation/next");

        HttpResponse<String> refused = post("invocation/req-5/response",
                "x".repeat(RuntimeApiServer.MAX_PAYLOAD_BYTES + 1));

        HttpResponse<String> errorAfterwards = post("invocation/req-5/error",
                "{\"errorMessage\":\"too big\",\"errorType\":\"x\"}");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(errorAfterwards.statusCode()).isEqualTo(202);
        assertThat(invocation.outcome().get(1, TimeUnit.SECONDS).error().errorType())
                .isEqualTo("Function.ResponseSizeTooLarge");
    }

    @Test
    void aResponseOfExactlySixMegabytesIsAccepted() throws Exception {
        PendingInvocation invocation = submit("req-6", "{}");
        get("invocation/next");

        HttpResponse<String> accepted = post("invocation/req-6/response",
                "x".repeat(RuntimeApiServer.MAX_PAYLOAD_BYTES));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(invocation.outcome().get(1, TimeUnit.SECONDS).payload()).hasSize(RuntimeApiServer.MAX_PAYLOAD_BYTES);
    }

    @Test
    void unknownRequestIdsPathsAndMethodsAreRefused() throws Exception {
        assertThat(post("invocation/nobody/response", "{}").statusCode()).isEqualTo(400);
        assertThat(post("invocation/nobody/error", "{}").statusCode()).isEqualTo(400);
        assertThat(get("invocation/nobody/somewhere").statusCode()).isEqualTo(404);
        assertThat(post("invocation/next", "{}").statusCode()).isEqualTo(405);
        assertThat(get("init/error").statusCode()).isEqualTo(405);
    }

    @Test
    void aSecondAnswerForTheSameInvocationIsRefused() throws Exception {
        submit("req-7", "{}");
        get("invocation/next");

        assertThat(post("invocation/req-7/response", "{}").statusCode()).isEqualTo(202);
        assertThat(post("invocation/req-7/response", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void anInitErrorFailsWhatIsQueuedAndWhatComesLater() throws Exception {
        PendingInvocation queued = submit("req-8", "{}");

        HttpResponse<String> accepted = post("init/error",
                "{\"errorMessage\":\"cannot boot\",\"errorType\":\"java.lang.RuntimeException\"}");
        PendingInvocation later = submit("req-9", "{}");

        FunctionError expected = new FunctionError("java.lang.RuntimeException", "cannot boot");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(api.initError()).isCompletedWithValue(expected);
        assertThat(queued.outcome().get(1, TimeUnit.SECONDS).error()).isEqualTo(expected);
        assertThat(later.outcome().get(1, TimeUnit.SECONDS).error()).isEqualTo(expected);
        assertThat(queued.wasDelivered()).isFalse();
        assertThat(queued.delivered()).isDone();
    }

    @Test
    void closingFailsPendingInvocations() throws Exception {
        PendingInvocation queued = submit("req-10", "{}");

        api.close();
        api.close();

        assertThat(queued.outcome().get(1, TimeUnit.SECONDS).error().errorType()).isEqualTo("Runtime.Unavailable");
    }
}
