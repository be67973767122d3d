package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.local.lambda.fixture.CommandHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's edges with a function small enough to start in a fraction of a second: {@link CommandHandler},
 * zipped the way a function.zip is laid out and run under the real RIC.
 */
class CommandFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HANDLER = CommandHandler.class.getName() + "::handleRequest";

    @TempDir
    static Path zipDirectory;
    private static Path zip;

    @TempDir
    Path work;

    private final LogCapture log = new LogCapture();

    @BeforeAll
    static void packageTheFunction() throws IOException, URISyntaxException {
        String entry = CommandHandler.class.getName().replace('.', '/') + ".class";
        Path classFile = Path.of(CommandHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(entry);
        zip = zipDirectory.resolve("function.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            Files.copy(classFile, out);
            out.closeEntry();
        }
    }

    private LocalFunction function(Duration timeout) {
        return new LocalFunction(new FunctionSpec("CommandFunction", zip, HANDLER, Map.of(), timeout, 256), work, log);
    }

    @Test
    void theHandlerSeesLambdasContextAndEnvironment() throws Exception {
        try (LocalFunction function = function(Duration.ofSeconds(30))) {
            InvocationResult result = function.invoke("\"context\"");

            JsonNode context = JSON.readTree(result.payload());
            assertThat(context.path("requestId").asText()).isEqualTo(result.requestId());
            assertThat(context.path("functionArn").asText())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:CommandFunction");
            assertThat(context.path("functionName").asText()).isEqualTo("CommandFunction");
            assertThat(context.path("memoryLimitMb").asInt()).isEqualTo(256);
            assertThat(context.path("remainingMs").asLong()).isBetween(25_000L, 30_000L);
            assertThat(context.path("logGroup").asText()).isEqualTo("/aws/lambda/CommandFunction");
            assertThat(context.path("tz").asText()).isEqualTo(":UTC");
            assertThat(context.path("region").asText()).isEqualTo("us-east-1");
            assertThat(context.path("workingDirectory").asText())
                    .isEqualTo(work.resolve("functions/CommandFunction").toString());
            assertThat(context.path("home").asText()).isEqualTo("null");
            assertThat(log.lines()).contains("[CommandFunction] command context");
        }
    }

    @Test
    void largeResponsesArriveWholeUpToSixMegabytes() {
        try (LocalFunction function = function(Duration.ofSeconds(30))) {
            InvocationResult large = function.invoke("\"bytes " + RuntimeApiServer.MAX_PAYLOAD_BYTES + "\"");
            InvocationResult tooLarge = function.invoke("\"bytes " + (RuntimeApiServer.MAX_PAYLOAD_BYTES + 1) + "\"");
            InvocationResult after = function.invoke("\"echo still warm\"");

            assertThat(large.isSuccess()).as("%s", large.error()).isTrue();
            assertThat(large.payload()).hasSize(RuntimeApiServer.MAX_PAYLOAD_BYTES);
            assertThat(tooLarge.error().errorType()).isEqualTo("Function.ResponseSizeTooLarge");
            assertThat(after.payload()).isEqualTo("\"still warm\"");
        }
    }

    @Test
    void anEventOverSixMegabytesIsRefusedWithoutStartingTheFunction() {
        try (LocalFunction function = function(Duration.ofSeconds(30))) {
            InvocationResult refused = function.invoke("\"" + "x".repeat(RuntimeApiServer.MAX_PAYLOAD_BYTES) + "\"");

            assertThat(refused.error().errorType()).isEqualTo("RequestEntityTooLargeException");
            assertThat(function.isRunning()).isFalse();
        }
    }

    @Test
    void aSlowHandlerTimesOutAndTheNextInvocationGetsAFreshEnvironment() {
        try (LocalFunction function = function(Duration.ofMillis(500))) {
            assertThat(function.invoke("\"echo warm\"").isSuccess()).isTrue();
            long pid = function.pid().orElseThrow();

            long start = System.nanoTime();
            InvocationResult slow = function.invoke("\"sleep 60000\"");
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(slow.timedOut()).isTrue();
            assertThat(slow.error().errorMessage()).endsWith("Task timed out after 0.50 seconds");
            assertThat(elapsedMillis).isBetween(450L, 5_000L);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("[CommandFunction] REPORT RequestId: " + slow.requestId()).endsWith("Status: timeout"));

            InvocationResult next = function.invoke("\"echo again\"");
            assertThat(next.payload()).isEqualTo("\"again\"");
            assertThat(function.pid().orElseThrow()).isNotEqualTo(pid);
        }
    }

    @Test
    void aHandlerThatExitsTheJvmIsAnExitError() {
        try (LocalFunction function = function(Duration.ofSeconds(30))) {
            InvocationResult exited = function.invoke("\"exit 3\"");

            assertThat(exited.error().errorType()).isEqualTo("Runtime.ExitError");
            assertThat(exited.error().errorMessage()).isEqualTo("RequestId: " + exited.requestId()
                    + " Error: Runtime exited with error: exit status 3");
            assertThat(function.isRunning()).isFalse();
            assertThat(function.invoke("\"echo back\"").payload()).isEqualTo("\"back\"");
        }
    }

    @Test
    void concurrentCallersAreServedOneAtATime() throws Exception {
        try (LocalFunction function = function(Duration.ofSeconds(30))) {
            function.invoke("\"echo warm\"");
            long start = System.nanoTime();
            List<CompletableFuture<InvocationResult>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> function.invoke("\"sleep 300\"")));
            }
            for (CompletableFuture<InvocationResult> call : calls) {
                assertThat(call.get().payload()).isEqualTo("\"slept\"");
                assertThat(call.get().duration()).isLessThan(Duration.ofMillis(600));
            }
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
        }
    }
}
