package com.instainstru.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One deployed function, run as Lambda runs it: its function.zip in a JVM of its own under AWS's runtime
 * interface client, started on the first invocation and kept warm. Invocations run one at a time, like a
 * function with one execution environment; concurrent callers queue in arrival order.
 *
 * <p>A timeout kills the environment and a crash or init error ends it; either way the next invocation starts a
 * fresh one. A handler exception does not: the runtime reports it and stays warm, as on Lambda.
 */
public final class LocalFunction implements AutoCloseable {

    /** Lambda gives the init phase 10 s, then retries init within the invocation's own timeout. */
    static final Duration INIT_LIMIT = Duration.ofSeconds(10);

    private static final String INTERRUPTED = "Local.Interrupted";

    private final FunctionSpec spec;
    private final Path workRoot;
    private final Consumer<String> log;
    private final ReentrantLock invocations = new ReentrantLock(true);
    private final Object processGuard = new Object();
    private FunctionProcess process;
    private RuntimeInterfaceClient ric;
    private volatile boolean closed;
    private final Clock clock;

    /** Logs to System.out. */
    public LocalFunction(FunctionSpec spec, Path workRoot) {
        this(spec, workRoot, System.out::println, Clock.systemUTC());
    }

    public LocalFunction(FunctionSpec spec, Path workRoot, Consumer<String> log) {
        this(spec, workRoot, log, Clock.systemUTC());
    }

    /**
     * @param workRoot where the code is unpacked ({@code <workRoot>/functions/<logicalId>}) and the RIC's native
     *                 library is kept; may be shared by all functions
     * @param log      receives the function's stdout and stderr lines and Lambda's START, END and REPORT lines,
     *                 each prefixed with {@code [<logicalId>] }
     */
    public LocalFunction(FunctionSpec spec, Path workRoot, Consumer<String> log, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.workRoot = Objects.requireNonNull(workRoot, "workRoot");
        Objects.requireNonNull(log, "log");
        String prefix = "[" + spec.logicalId() + "] ";
        this.log = line -> {
            synchronized (log) {
                log.accept(prefix + line);
            }
        };
    }

    public FunctionSpec spec() {
        return spec;
    }

    /** Whether an execution environment (a function JVM) is running now. */
    public boolean isRunning() {
        synchronized (processGuard) {
            return process != null && process.isAlive();
        }
    }

    /** The function JVM's process id, if one is running. */
    public OptionalLong pid() {
        synchronized (processGuard) {
            return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
        }
    }

    /**
     * Invokes the function synchronously (RequestResponse) and waits for its result, starting the function first
     * if needed.
     *
     * @throws UncheckedIOException when the code cannot be unpacked or the JVM cannot be launched
     * @throws IllegalStateException after {@link #close()}
     */
    public InvocationResult invoke(String eventJson) {
        byte[] event = eventJson.getBytes(StandardCharsets.UTF_8);
        String requestId = UUID.randomUUID().toString();
        if (event.length > RuntimeApiServer.MAX_PAYLOAD_BYTES) {
            return InvocationResult.failure(requestId, new FunctionError("RequestEntityTooLargeException",
                    "Request must be smaller than " + RuntimeApiServer.MAX_PAYLOAD_BYTES + " bytes for the Invoke "
                            + "operation"), Duration.ZERO);
        }
        invocations.lock();
        try {
            FunctionProcess environment = ensureStarted();
            return run(environment, requestId, event);
        } finally {
            invocations.unlock();
        }
    }

    /** Stops the function JVM and its Runtime API; an invocation in progress fails. Idempotent. */
    @Override
    public void close() {
        closed = true;
        synchronized (processGuard) {
            stop();
        }
    }

    private FunctionProcess ensureStarted() {
        synchronized (processGuard) {
            if (closed) {
                throw new IllegalStateException(spec.logicalId() + " is closed");
            }
            if (process != null && process.isAlive()) {
                return process;
            }
            stop();
            try {
                if (ric == null) {
                    ric = RuntimeInterfaceClient.prepare(workRoot);
                }
                Path taskRoot = CodeUnpacker.unpack(spec.codeZip(), workRoot.resolve("functions").resolve(
                        spec.logicalId()));
                process = FunctionProcess.start(spec, taskRoot, ric, log, clock);
                return process;
            } catch (IOException e) {
                throw new UncheckedIOException(spec.logicalId() + " could not start: " + e.getMessage(), e);
            }
        }
    }

    private InvocationResult run(FunctionProcess environment, String requestId, byte[] event) {
        boolean cold = environment.firstInvocation();
        log.accept("START RequestId: " + requestId + " Version: $LATEST");
        PendingInvocation invocation = environment.api().submit(requestId, event, spec.timeout());
        InvocationResult result = await(invocation);
        boolean broken = result.timedOut() || !environment.isAlive() || environment.api().initError().isDone()
                || result.error() != null && result.error().errorType().equals(INTERRUPTED);
        log.accept("END RequestId: " + requestId);
        log.accept(report(environment, result, cold, broken));
        if (broken) {
            synchronized (processGuard) {
                if (process == environment) {
                    stop();
                }
            }
        }
        return result;
    }

    private InvocationResult await(PendingInvocation invocation) {
        try {
            return awaitOutcome(invocation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return InvocationResult.failure(invocation.requestId(), new FunctionError(INTERRUPTED,
                    "the caller was interrupted; the execution environment is stopped"), Duration.ZERO);
        } catch (ExecutionException e) {
            throw new IllegalStateException("invocation futures never fail", e);
        }
    }

    private InvocationResult awaitOutcome(PendingInvocation invocation)
            throws InterruptedException, ExecutionException {
        String requestId = invocation.requestId();
        Duration pickUpLimit = INIT_LIMIT.plus(spec.timeout());
        try {
            invocation.delivered().get(pickUpLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return InvocationResult.timeout(requestId, new FunctionError("Sandbox.Timedout", "RequestId: "
                    + requestId + " Error: Runtime did not ask for the event within " + seconds(pickUpLimit)
                    + " seconds (init)"), pickUpLimit);
        }
        PendingInvocation.Outcome outcome;
        try {
            if (invocation.outcome().isDone() || !invocation.wasDelivered()) {
                outcome = invocation.outcome().get();
            } else {
                long left = spec.timeout().toNanos() - (System.nanoTime() - invocation.deliveredNanos());
                outcome = invocation.outcome().get(Math.max(0, left), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            return InvocationResult.timeout(requestId, new FunctionError("Sandbox.Timedout", "RequestId: "
                    + requestId + " Error: Task timed out after " + seconds(spec.timeout()) + " seconds"),
                    spec.timeout());
        }
        Duration duration = invocation.wasDelivered()
                ? Duration.ofNanos(outcome.nanoTime() - invocation.deliveredNanos())
                : Duration.ZERO;
        return outcome.error() == null
                ? InvocationResult.success(requestId, outcome.payload(), duration)
                : InvocationResult.failure(requestId, outcome.error(), duration);
    }

    /** Lambda's REPORT line (tab-separated, as in CloudWatch). */
    private String report(FunctionProcess environment, InvocationResult result, boolean cold, boolean broken) {
        StringBuilder line = new StringBuilder("REPORT RequestId: ").append(result.requestId())
                .append("\tDuration: ").append(millis(result.duration())).append(" ms")
                .append("\tBilled Duration: ").append(result.billedDuration().toMillis()).append(" ms")
                .append("\tMemory Size: ").append(spec.memoryMb()).append(" MB");
        environment.maxMemoryUsedMb().ifPresent(mb -> line.append("\tMax Memory Used: ").append(mb).append(" MB"));
        if (cold) {
            Long firstPoll = environment.api().firstPollNanos().getNow(null);
            if (firstPoll != null) {
                line.append("\tInit Duration: ").append(millis(Duration.ofNanos(firstPoll - environment.startNanos())))
                        .append(" ms");
            }
        }
        if (result.timedOut()) {
            line.append("\tStatus: timeout");
        } else if (broken) {
            line.append("\tStatus: error\tError Type: ").append(result.error().errorType());
        }
        return line.toString();
    }

    /** Caller holds processGuard. */
    private void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.2f", duration.toNanos() / 1_000_000.0);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f", duration.toMillis() / 1000.0);
    }
}
