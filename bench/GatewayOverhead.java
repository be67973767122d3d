import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

/**
 * Warm request overhead of the local runtime: GET /api/v1/health through the gateway (HTTP -> payload 2.0
 * event -> Runtime API -> RIC -> function process) against the same handler invoked in this JVM, in the
 * same run. Run by bench/local-runtime.sh, which puts the unpacked health-api function on the classpath.
 *
 *   java -cp <function dir>:<function dir>/lib/* bench/GatewayOverhead.java <baseUrl> <event.json> <n>
 */
public class GatewayOverhead {

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/health")).GET().build();
        long[] gateway = measure(n, () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("gateway answered " + response.statusCode() + ": " + response.body());
            }
        });

        QuarkusStreamHandler handler = new QuarkusStreamHandler();
        long[] inProcess = measure(n, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event), out, new BenchContext());
            if (!out.toString(StandardCharsets.UTF_8).contains("\"statusCode\":200")) {
                throw new IllegalStateException("handler answered " + out);
            }
        });

        report("in-process handler", inProcess);
        report("through the gateway", gateway);
        System.out.printf("ratio gateway/in-process: p50 %.1fx, p99 %.1fx%n",
                (double) pct(gateway, 50) / pct(inProcess, 50), (double) pct(gateway, 99) / pct(inProcess, 99));
        System.exit(0);
    }

    interface Call {
        void run() throws Exception;
    }

    static long[] measure(int n, Call call) throws Exception {
        for (int i = 0; i < Math.max(50, n / 5); i++) {
            call.run();
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static void report(String label, long[] sorted) {
        System.out.printf("%-22s n=%d  p50 %.2f ms  p99 %.2f ms%n", label, sorted.length, pct(sorted, 50) / 1e6,
                pct(sorted, 99) / 1e6);
    }

    static final class BenchContext implements Context {
        private final String id = UUID.randomUUID().toString();

        public String getAwsRequestId() { return id; }
        public String getLogGroupName() { return "bench"; }
        public String getLogStreamName() { return "bench"; }
        public String getFunctionName() { return "HealthApiFunction"; }
        public String getFunctionVersion() { return "$LATEST"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:123456789012:function:bench"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 15_000; }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) { System.err.print(message); }
                public void log(byte[] message) { System.err.write(message, 0, message.length); }
            };
        }
    }
}
