import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sequential login, authenticated read and health requests through the local runtime's gateway, interleaved;
 * prints p50/p99 of each and their ratios to health (the baseline of the same run). Run by login-latency.sh.
 */
public class LoginLatency {

    private static final String LOGIN = "{\"email\":\"demo-student@instainstru.test\",\"password\":\"demo-lessons-2026\"}";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        HttpClient http = HttpClient.newHttpClient();
        List<Long> login = new ArrayList<>();
        List<Long> authed = new ArrayList<>();
        List<Long> health = new ArrayList<>();
        String token = null;
        for (int i = -20; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(LOGIN))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long loginNanos = System.nanoTime() - start;
            require(signedIn, 200);
            Matcher matcher = ACCESS_TOKEN.matcher(signedIn.body());
            if (matcher.find()) {
                token = matcher.group(1);
            }

            start = System.nanoTime();
            require(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/2fa/status"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()), 200);
            long authedNanos = System.nanoTime() - start;

            start = System.nanoTime();
            require(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()), 200);
            long healthNanos = System.nanoTime() - start;
            if (i >= 0) {
                login.add(loginNanos);
                authed.add(authedNanos);
                health.add(healthNanos);
            }
        }
        double healthP50 = percentile(health, 50);
        double healthP99 = percentile(health, 99);
        System.out.printf("%d sequential requests each, after 20 warm-up rounds%n", n);
        System.out.printf("%-34s %9s %9s %12s %12s%n", "", "p50 ms", "p99 ms", "p50/health", "p99/health");
        report("health (baseline)", health, healthP50, healthP99);
        report("authenticated GET /2fa/status", authed, healthP50, healthP99);
        report("login POST /auth/login", login, healthP50, healthP99);
    }

    private static void report(String name, List<Long> samples, double healthP50, double healthP99) {
        double p50 = percentile(samples, 50);
        double p99 = percentile(samples, 99);
        System.out.printf("%-34s %9.1f %9.1f %12.2f %12.2f%n", name, p50, p99, p50 / healthP50, p99 / healthP99);
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
