package com.instainstru.local.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One execution environment: a JVM running AWS's runtime interface client against its own Runtime API server,
 * started the way the managed java21 runtime starts it, with its output copied line by line to a log.
 */
final class FunctionProcess implements AutoCloseable {

    private final Process process;
    private final RuntimeApiServer api;
    private final long startNanos;
    private boolean invoked;

    private FunctionProcess(Process process, RuntimeApiServer api, long startNanos) {
        this.process = process;
        this.api = api;
        this.startNanos = startNanos;
    }

    static FunctionProcess start(FunctionSpec spec, Path taskRoot, RuntimeInterfaceClient ric, Consumer<String> log,
            Clock clock)
            throws IOException {
        RuntimeApiServer api = RuntimeApiServer.start(spec.logicalId(), clock);
        try {
            // The RIC loads the function from its working directory (user.dir) and lib/*.jar there, in its own
            // class loader above the runtime's, exactly as /var/task is loaded on Lambda.
            ProcessBuilder builder = new ProcessBuilder(command(spec, ric)).directory(taskRoot.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment(spec, api.address(), taskRoot));
            long startNanos = System.nanoTime();
            Process process = builder.start();
            copyLines(process.getInputStream(), log, spec.logicalId() + "-stdout");
            copyLines(process.getErrorStream(), log, spec.logicalId() + "-stderr");
            FunctionProcess started = new FunctionProcess(process, api, startNanos);
            process.onExit().thenRun(() -> api.failAll(requestId -> started.exitError(requestId)));
            return started;
        } catch (IOException | RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /**
     * The managed runtime's launch: a heap of about 85 % of the memory size, the serial collector, C1 only
     * (the default since java17), class data sharing, and the RIC as main class with the handler string.
     */
    static List<String> command(FunctionSpec spec, RuntimeInterfaceClient ric) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:MaxHeapSize=" + (spec.memoryMb() * 85L / 100) + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+TieredCompilation");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-D" + RuntimeInterfaceClient.NATIVE_LIBRARY_PROPERTY + "=" + ric.nativeLibrary());
        command.add("-cp");
        command.add(ric.jars().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        command.add(RuntimeInterfaceClient.MAIN_CLASS);
        command.add(spec.handler());
        return command;
    }

    /** Lambda's environment: a clean one with its defaults, then the function's variables, then its reserved ones. */
    static Map<String, String> environment(FunctionSpec spec, String runtimeApi, Path taskRoot) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", "/usr/local/bin:/usr/bin/:/bin");
        environment.put("LANG", "en_US.UTF-8");
        environment.putAll(spec.environment());
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        environment.put("_HANDLER", spec.handler());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", spec.logicalId());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.logicalId());
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName());
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        environment.put("AWS_REGION", RuntimeApiServer.REGION);
        environment.put("AWS_DEFAULT_REGION", RuntimeApiServer.REGION);
        environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        environment.put("TZ", ":UTC");
        return environment;
    }

    RuntimeApiServer api() {
        return api;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long startNanos() {
        return startNanos;
    }

    /** True once, for the first invocation of this environment (the one that pays the cold start). */
    boolean firstInvocation() {
        boolean first = !invoked;
        invoked = true;
        return first;
    }

    /** Peak resident memory (VmHWM), as Lambda's "Max Memory Used"; empty when the OS does not say. */
    OptionalLong maxMemoryUsedMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                    return OptionalLong.of((kilobytes + 1023) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is already gone
        }
        return OptionalLong.empty();
    }

    FunctionError exitError(String requestId) {
        FunctionError initError = api.initError().getNow(null);
        if (initError != null) {
            return initError;
        }
        int status = process.isAlive() ? -1 : process.exitValue();
        String reason = status > 128 ? "signal " + (status - 128) : "exit status " + status;
        return new FunctionError("Runtime.ExitError",
                "RequestId: " + requestId + " Error: Runtime exited with error: " + reason);
    }

    /** Kills the JVM and anything it started, then closes its Runtime API. Safe to call more than once. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // exit reporting is best effort; the kill signal has been sent
        }
        api.close();
    }

    private static void copyLines(InputStream stream, Consumer<String> log, String threadName) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    log.accept(line);
                }
            } catch (IOException | UncheckedIOException e) {
                // the process is gone
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Lambda's pattern: 2026/11/28/[$LATEST]0123456789abcdef0123456789abcdef. */
    private static String logStreamName() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/[$LATEST]"
                + HexFormat.of().formatHex(id);
    }
}
