package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.testsupport.db.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environments that time out, crash or fail to start. A "database" that accepts connections and never answers
 * keeps the outbox relay busy for as long as the test likes.
 */
class FailingEnvironmentTest {

    private static ServerSocket hangingDatabase;
    private static final List<Socket> heldConnections = new CopyOnWriteArrayList<>();

    @TempDir
    Path work;

    @BeforeAll
    static void startHangingDatabase() throws IOException {
        hangingDatabase = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    heldConnections.add(hangingDatabase.accept());
                }
            } catch (IOException closed) {
                // test over
            }
        }, "hanging-database");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void stopHangingDatabase() throws IOException {
        hangingDatabase.close();
        for (Socket socket : heldConnections) {
            socket.close();
        }
    }

    private LocalFunction relayOnHangingDatabase(Duration timeout) {
        String url = "jdbc:postgresql://127.0.0.1:" + hangingDatabase.getLocalPort() + "/hangs";
        FunctionSpec spec = TestFunctions.spec("OutboxRelayFunction", "outbox-relay",
                TestFunctions.environment(url, "nobody", "nothing"), timeout);
        return new LocalFunction(spec, work, new LogCapture());
    }

    private static String scheduledEvent() {
        return TestFunctions.event("outbox-relay/scheduled.json");
    }

    /** Fails in the handler before the database is touched, so it proves a working environment quickly. */
    private static String scheduledEventWithoutTime() {
        return scheduledEvent().replaceAll("\"time\":[^,]*,", "");
    }

    @Test
    void timeoutKillsTheEnvironmentAndTheNextInvocationStartsAFreshOne() throws Exception {
        try (LocalFunction relay = relayOnHangingDatabase(Duration.ofSeconds(2))) {
            CompletableFuture<InvocationResult> pending = CompletableFuture.supplyAsync(
                    () -> relay.invoke(scheduledEvent()));
            long killedPid = awaitPid(relay);
            InvocationResult timedOut = pending.get(60, TimeUnit.SECONDS);

            assertThat(timedOut.timedOut()).isTrue();
            assertThat(timedOut.isSuccess()).isFalse();
            assertThat(timedOut.error().errorType()).isEqualTo("Sandbox.Timedout");
            assertThat(timedOut.error().errorMessage()).isEqualTo("RequestId: " + timedOut.requestId()
                    + " Error: Task timed out after 2.00 seconds");
            assertThat(timedOut.duration()).isEqualTo(Duration.ofSeconds(2));
            assertThat(timedOut.billedDuration()).isEqualTo(Duration.ofSeconds(2));
            assertThat(relay.isRunning()).isFalse();
            assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));

            InvocationResult next = relay.invoke(scheduledEventWithoutTime());
            assertThat(next.timedOut()).isFalse();
            assertThat(next.error().errorType()).isEqualTo("java.lang.IllegalArgumentException");
            assertThat(relay.pid().orElseThrow()).isNotEqualTo(killedPid);
        }
    }

    @Test
    void crashDuringAnInvocationIsAnExitErrorAndTheNextInvocationRestarts() throws Exception {
        try (LocalFunction relay = relayOnHangingDatabase(Duration.ofSeconds(60))) {
            int connectionsBefore = heldConnections.size();
            CompletableFuture<InvocationResult> pending = CompletableFuture.supplyAsync(
                    () -> relay.invoke(scheduledEvent()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (heldConnections.size() == connectionsBefore && System.nanoTime() < deadline) {
                Thread.sleep(20); // until the handler is stuck on the database, i.e. mid-invocation
            }
            long pid = relay.pid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();

            InvocationResult crashed = pending.get(30, TimeUnit.SECONDS);
            assertThat(crashed.timedOut()).isFalse();
            assertThat(crashed.error().errorType()).isEqualTo("Runtime.ExitError");
            assertThat(crashed.error().errorMessage()).isEqualTo("RequestId: " + crashed.requestId()
                    + " Error: Runtime exited with error: signal 9");
            assertThat(relay.isRunning()).isFalse();

            InvocationResult next = relay.invoke(scheduledEventWithoutTime());
            assertThat(next.error().errorType()).isEqualTo("java.lang.IllegalArgumentException");
            assertThat(relay.pid().orElseThrow()).isNotEqualTo(pid);
        }
    }

    private static long awaitPid(LocalFunction function) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (function.pid().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return function.pid().orElseThrow();
    }

    @Test
    void initErrorIsTheResultAndTheNextInvocationTriesAFreshEnvironment() {
        Map<String, String> environment = TestFunctions.environment(TestDatabase.shared());
        environment.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "lots"); // Quarkus refuses to boot
        FunctionSpec spec = TestFunctions.spec("EventWorkerFunction", "event-worker", environment,
                Duration.ofSeconds(15));
        LogCapture log = new LogCapture();
        try (LocalFunction worker = new LocalFunction(spec, work, log)) {
            InvocationResult first = worker.invoke(TestFunctions.event("event-worker/sqs-batch.json"));
            assertThat(worker.isRunning()).isFalse();
            InvocationResult second = worker.invoke(TestFunctions.event("event-worker/sqs-batch.json"));

            assertThat(first.isSuccess()).isFalse();
            assertThat(first.timedOut()).isFalse();
            assertThat(first.error().errorType()).isEqualTo("java.lang.RuntimeException");
            assertThat(first.error().errorMessage()).isEqualTo("Quarkus manual initialization failed");
            assertThat(first.duration()).isZero();
            assertThat(second.error()).isEqualTo(first.error());
            assertThat(log.startingWith("[EventWorkerFunction] REPORT")).hasSize(2).allSatisfy(line -> assertThat(line)
                    .endsWith("\tStatus: error\tError Type: java.lang.RuntimeException"));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("lots"));
        }
    }
}
