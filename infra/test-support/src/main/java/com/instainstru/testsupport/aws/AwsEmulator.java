package com.instainstru.testsupport.aws;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The LocalStack-compatible AWS endpoint for tests. {@code AWS_ENDPOINT_URL} wins (moto started by
 * .ci/run, or a real LocalStack); otherwise a {@code moto_server} found on the PATH is started on a free
 * port for this JVM. The SDK is pointed at it through the standard {@code aws.endpointUrl} system
 * property, so the code under test resolves the endpoint exactly as it does in production.
 */
public final class AwsEmulator {

    private static AwsEmulator instance;
    private static boolean probed;

    private final String endpoint;

    private AwsEmulator(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The emulator, or empty when none is configured and moto_server is not installed. */
    public static synchronized Optional<AwsEmulator> find() {
        if (!probed) {
            probed = true;
            String configured = System.getenv("AWS_ENDPOINT_URL");
            String endpoint = configured != null && !configured.isBlank() ? configured : startMoto();
            if (endpoint != null) {
                instance = new AwsEmulator(endpoint);
                instance.configureSdk();
            }
        }
        return Optional.ofNullable(instance);
    }

    /**
     * The emulator, or skips the calling test with the reason. Under CI (CI=true) a missing emulator is
     * a failure, because these tests must run there.
     */
    public static AwsEmulator require() {
        Optional<AwsEmulator> emulator = find();
        if (emulator.isEmpty()) {
            String reason = "no AWS emulator: set AWS_ENDPOINT_URL (moto_server or LocalStack) or put moto_server on the PATH";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " (required under CI)");
            }
            Assumptions.abort(reason);
        }
        return emulator.get();
    }

    public String endpoint() {
        return endpoint;
    }

    public SqsClient sqs() {
        return SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public EventBridgeClient eventBridge() {
        return EventBridgeClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private void configureSdk() {
        setIfAbsent("aws.endpointUrl", "AWS_ENDPOINT_URL", endpoint);
        setIfAbsent("aws.region", "AWS_REGION", "us-east-1");
        setIfAbsent("aws.accessKeyId", "AWS_ACCESS_KEY_ID", "test");
        setIfAbsent("aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY", "test");
    }

    private static void setIfAbsent(String property, String envVariable, String value) {
        if (System.getProperty(property) == null && System.getenv(envVariable) == null) {
            System.setProperty(property, value);
        }
    }

    private static String startMoto() {
        Optional<Path> executable = onPath("moto_server");
        if (executable.isEmpty()) {
            return null;
        }
        try {
            int port = freePort();
            Process process = new ProcessBuilder(executable.get().toString(), "-H", "127.0.0.1", "-p",
                    String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(File.createTempFile("moto-", ".log"))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-moto"));
            String endpoint = "http://127.0.0.1:" + port;
            waitUntilUp(endpoint, Duration.ofSeconds(30));
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("could not start moto_server", e);
        }
    }

    private static void waitUntilUp(String endpoint, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint + "/moto-api/").toURL()
                        .openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("moto_server did not answer at " + endpoint + " within " + timeout);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
