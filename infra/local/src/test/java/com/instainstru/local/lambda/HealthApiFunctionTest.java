package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.testsupport.db.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health-api function.zip under AWS's runtime interface client, against a real database. */
class HealthApiFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final LogCapture log = new LogCapture();

    private LocalFunction healthApi() {
        FunctionSpec spec = TestFunctions.spec("HealthApiFunction", "health-api",
                TestFunctions.environment(TestDatabase.shared()), Duration.ofSeconds(15));
        return new LocalFunction(spec, work, log);
    }

    @Test
    void startsOnTheFirstInvocationAndAnswersUp() throws Exception {
        try (LocalFunction function = healthApi()) {
            assertThat(function.isRunning()).isFalse();
            assertThat(function.pid()).isEmpty();
            assertThat(work.resolve("functions")).doesNotExist();

            long start = System.nanoTime();
            InvocationResult result = function.invoke(TestFunctions.event("health-api/get-health.json"));
            long coldMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(result.isSuccess()).as("%s", result).isTrue();
            JsonNode response = JSON.readTree(result.payload());
            assertThat(response.path("statusCode").asInt()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.path("body").asText());
            assertThat(body.path("status").asText()).isEqualTo("UP");
            assertThat(body.path("database").asText()).isEqualTo("UP");
            assertThat(function.isRunning()).isTrue();
            assertThat(Files.isRegularFile(work.resolve("functions/HealthApiFunction/lib")
                    .resolve("com.amazonaws.aws-lambda-java-core-1.4.0.jar"))).isTrue();
            System.out.printf("health-api cold start to first response: %d ms%n", coldMillis);
        }
    }

    @Test
    void logsTheFunctionOutputAndLambdasReportLines() {
        try (LocalFunction function = healthApi()) {
            InvocationResult cold = function.invoke(TestFunctions.event("health-api/get-health.json"));
            InvocationResult warm = function.invoke(TestFunctions.event("health-api/get-health.json"));

            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("[HealthApiFunction] {").contains("started in"));
            assertThat(log.startingWith("[HealthApiFunction] START RequestId: " + cold.requestId())).hasSize(1);
            assertThat(log.startingWith("[HealthApiFunction] END RequestId: " + cold.requestId())).hasSize(1);
            String coldReport = log.startingWith("[HealthApiFunction] REPORT RequestId: " + cold.requestId()).get(0);
            String warmReport = log.startingWith("[HealthApiFunction] REPORT RequestId: " + warm.requestId()).get(0);
            assertThat(coldReport).matches("\\[HealthApiFunction] REPORT RequestId: \\S+\tDuration: \\d+\\.\\d\\d ms"
                    + "\tBilled Duration: \\d+ ms\tMemory Size: 1024 MB\tMax Memory Used: \\d+ MB"
                    + "\tInit Duration: \\d+\\.\\d\\d ms");
            assertThat(coldReport).contains("Billed Duration: " + cold.billedDuration().toMillis() + " ms");
            assertThat(warmReport).doesNotContain("Init Duration");
        }
    }

    @Test
    void staysWarmAndQueuesConcurrentCallers() throws Exception {
        String event = TestFunctions.event("health-api/get-health.json");
        try (LocalFunction function = healthApi()) {
            assertThat(function.invoke(event).isSuccess()).isTrue();
            long pid = function.pid().orElseThrow();

            ExecutorService callers = Executors.newFixedThreadPool(4);
            try {
                List<Future<InvocationResult>> results = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    results.add(callers.submit(() -> function.invoke(event)));
                }
                for (Future<InvocationResult> result : results) {
                    assertThat(result.get().isSuccess()).isTrue();
                }
            } finally {
                callers.shutdownNow();
            }

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long start = System.nanoTime();
                assertThat(function.invoke(event).isSuccess()).isTrue();
                latencies.add(System.nanoTime() - start);
            }
            assertThat(function.pid()).hasValue(pid);
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "health-api warm invoke() over 200 calls: p50 %.2f ms, p99 %.2f ms%n",
                    latencies.get(99) / 1e6, latencies.get(197) / 1e6);
        }
    }

    @Test
    void closeStopsTheProcessAndCanBeRepeated() {
        LocalFunction function = healthApi();
        assertThat(function.invoke(TestFunctions.event("health-api/get-health.json")).isSuccess()).isTrue();
        ProcessHandle process = ProcessHandle.of(function.pid().orElseThrow()).orElseThrow();

        function.close();
        function.close();

        assertThat(process.isAlive()).isFalse();
        assertThat(function.isRunning()).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> function.invoke("{}"));
    }
}
