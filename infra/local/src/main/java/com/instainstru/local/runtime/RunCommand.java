package com.instainstru.local.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.instainstru.local.control.CombinedOpenApi;
import com.instainstru.local.control.ControlServer;
import com.instainstru.local.definitions.FunctionDefinition;
import com.instainstru.local.gateway.RouteTable;
import com.instainstru.local.mail.MailCatcher;
import com.instainstru.local.schedule.ScheduleExpression;
import com.instainstru.local.sqs.QueuePoller;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code infra/local/run}: the whole stack on this machine, as template.yaml declares it. Prints the base
 * URL and keeps running until Ctrl-C, which stops every process it started.
 */
public final class RunCommand implements AutoCloseable {

    /** Returned by {@link #startAndKeepRunning()}: the JVM must stay up (the shutdown hook stops the stack). */
    public static final int KEEP_RUNNING = -1;

    private final Path root;
    private final RuntimeOptions options;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final List<AutoCloseable> started = new ArrayList<>();
    private InstanceLock lock;
    private Stack stack;
    private HttpGateway gateway;
    private ControlServer control;
    private ScheduleRunner schedules;

    public RunCommand(Path root, RuntimeOptions options, Clock clock, PrintStream out, PrintStream err) {
        this.root = root;
        this.options = options;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public int startAndKeepRunning() {
        int status = start();
        if (status != 0) {
            return status;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "local-runtime-stop"));
        return KEEP_RUNNING;
    }

    /** Starts everything; 0 on success, otherwise an exit status after a clear message. */
    public int start() {
        Optional<InstanceLock> acquired = InstanceLock.tryAcquire(options.stateDir(),
                "pid " + ProcessHandle.current().pid() + ", http://127.0.0.1:" + options.port());
        if (acquired.isEmpty()) {
            err.println("error: the InstaInstru local runtime is already running (" + InstanceLock.holder(
                    options.stateDir()) + "). Stop it with Ctrl-C first, or give this one another --state-dir.");
            return 3;
        }
        lock = acquired.get();
        for (int port : List.of(options.port(), options.controlPort())) {
            if (port != 0 && !isFree(port)) {
                err.println("error: port " + port + " is in use by another program; choose another with --port "
                        + "(the control port is --port + 1 unless --control-port is given).");
                close();
                return 3;
            }
        }
        try {
            long startedAt = System.nanoTime();
            MailCatcher mail = new MailCatcher(clock);
            control = startControl(mail);
            stack = new Stack(root, options, control.mailEndpoint(), mail, clock, out::println);
            schedules = new ScheduleRunner(scheduleEntries(), stack.functions, clock, out::println);
            control.attach(schedules, stack.aws::queueDepths, openApi(), this::status);
            gateway = new HttpGateway(options.port(), routes(), stack.functions, clock, out::println);
            startPollers();
            if (options.schedules()) {
                schedules.startAutomatic();
            }
            if (options.seed() != null) {
                stack.database.seed(options.seed());
                out.println("[seed] loaded the " + options.seed() + " data set: demo-student@, demo-instructor@ and "
                        + "demo-admin@instainstru.test, password demo-lessons-2026");
            }
            out.printf("InstaInstru local runtime is up in %d ms%n", Duration.ofNanos(System.nanoTime() - startedAt)
                    .toMillis());
            out.println("  API        " + baseUrl());
            out.println("  control    http://127.0.0.1:" + control.port() + "/control  (docs: /control/docs/)");
            out.println("  database   " + stack.database.jdbcUrl());
            out.println("  functions  " + stack.functions.logicalIds() + " (each starts on first use)");
            out.println("Press Ctrl-C to stop.");
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            close();
            return 1;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + gateway.port();
    }

    /** The AWS services the stack uses (for tests and the control port). */
    public AwsServices aws() {
        return stack.aws;
    }

    public int controlPort() {
        return control.port();
    }

    private ControlServer startControl(MailCatcher mail) throws IOException {
        return new ControlServer(options.controlPort(), mail, clock);
    }

    private RouteTable routes() {
        RouteTable.Builder routes = RouteTable.builder();
        for (FunctionDefinition function : stack.template.functions()) {
            function.routes().forEach(r -> routes.route(r.method(), r.path(), function.logicalId()));
        }
        return routes.build();
    }

    private List<ScheduleRunner.Entry> scheduleEntries() {
        List<ScheduleRunner.Entry> entries = new ArrayList<>();
        for (FunctionDefinition function : stack.template.functions()) {
            for (FunctionDefinition.Schedule schedule : function.schedules()) {
                if (schedule.enabled()) {
                    entries.add(new ScheduleRunner.Entry(function.logicalId(), schedule.name(),
                            ScheduleExpression.parse(schedule.expression())));
                }
            }
        }
        return entries;
    }

    private void startPollers() {
        for (FunctionDefinition function : stack.template.functions()) {
            for (FunctionDefinition.QueueSource source : function.queueSources()) {
                QueuePoller poller = new QueuePoller(stack.aws.sqs(), stack.aws.queueUrl(source.queueLogicalId()),
                        stack.aws.queueArn(source.queueLogicalId()), source.batchSize(),
                        source.reportBatchItemFailures(), event -> stack.functions.invoke(function.logicalId(), event),
                        options.retryDelay());
                poller.start();
                started.add(poller);
            }
        }
    }

    private ObjectNode openApi() {
        List<Path> documents = new ArrayList<>();
        for (FunctionDefinition function : stack.template.functions()) {
            Path snapshot = root.resolve("functions").resolve(function.module()).resolve("openapi.json");
            if (!function.routes().isEmpty() && Files.isRegularFile(snapshot)) {
                documents.add(snapshot);
            }
        }
        return CombinedOpenApi.combine(documents, new ObjectMapper());
    }

    private JsonNode status() {
        ObjectNode status = new ObjectMapper().createObjectNode();
        status.put("api", baseUrl());
        status.putPOJO("functions", stack.functions.logicalIds());
        status.putPOJO("started", stack.functions.started());
        status.putPOJO("schedules", schedules.entries().stream().map(e -> e.ruleName() + " "
                + e.expression().expression()).toList());
        status.put("automaticSchedules", options.schedules());
        status.putPOJO("endpoints", List.of("POST /control/schedules/<rule>/fire?at=<instant>", "GET /control/queues",
                "GET /control/mail", "GET /control/openapi.json", "GET /control/docs/"));
        return status;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (BindException inUse) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable closeable : started) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }
        started.clear();
        if (schedules != null) {
            schedules.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (control != null) {
            control.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
