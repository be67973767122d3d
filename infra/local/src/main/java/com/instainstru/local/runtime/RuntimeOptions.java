package com.instainstru.local.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line of {@code infra/local/run} and {@code infra/local/invoke}. */
public record RuntimeOptions(
        String command,
        int port,
        int controlPort,
        String databaseUrl,
        String redisUrl,
        String seed,
        boolean schedules,
        String awsEndpoint,
        Duration retryDelay,
        Path stateDir,
        StripeSettings stripe,
        List<String> arguments) {

    public static final String USAGE = """
            Usage:
              infra/local/run [--port 3000] [--control-port PORT] [--database-url URL] [--redis-url URL] [--seed demo]
                              [--no-schedules] [--aws-endpoint URL] [--retry-delay SECONDS]
                              [--stripe-api-base URL] [--stripe-secret-key KEY] [--stripe-webhook-secret SECRET]
                              [--stripe-connect-webhook-secret SECRET]
              infra/local/invoke <FunctionLogicalId> <event.json> [--database-url URL] [--aws-endpoint URL]
                                 [--stripe-... as for run]

              --port           the API Gateway port (default 3000)
              --control-port   the control port (default: port + 1)
              --database-url   jdbc:postgresql://... or postgres://user:pass@host:port/db
                               (default: $DATABASE_URL, else 127.0.0.1:5432/instainstru_local, created if missing)
              --redis-url      redis://host:port for rate limits and the cache
                               (default: $REDIS_URL, else redis://127.0.0.1:6379)
              --seed demo      load the demo data set
              --no-schedules   do not fire schedules on their own; fire them through the control port
              --aws-endpoint   use this AWS emulator (LocalStack, moto) instead of the embedded services
                               (default: $AWS_ENDPOINT_URL)
              --retry-delay    make failed queue messages visible again after SECONDS instead of the
                               queue's visibility timeout (walk retries and dead-lettering quickly)
              --stripe-api-base                Stripe's base URL for the payment functions, e.g. a Stripe stub
                                               (default: $STRIPE_API_BASE, else https://api.stripe.com)
              --stripe-secret-key              sk_test_... (default: $STRIPE_SECRET_KEY; a dummy test key when
                                               only the API base is given)
              --stripe-webhook-secret          whsec_... of the platform endpoint (default: $STRIPE_WEBHOOK_SECRET)
              --stripe-connect-webhook-secret  whsec_... of the Connect endpoint
                                               (default: $STRIPE_CONNECT_WEBHOOK_SECRET)
            """;

    public static RuntimeOptions parse(String[] args, Map<String, String> env) {
        if (args.length == 0 || !(args[0].equals("run") || args[0].equals("invoke"))) {
            throw new IllegalArgumentException("the first argument must be 'run' or 'invoke'");
        }
        String command = args[0];
        int port = 3000;
        Integer controlPort = null;
        String databaseUrl = env.get("DATABASE_URL");
        String redisUrl = env.getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        String seed = null;
        boolean schedules = true;
        String awsEndpoint = env.get("AWS_ENDPOINT_URL");
        Duration retryDelay = null;
        Path stateDir = Path.of(env.getOrDefault("INSTAINSTRU_LOCAL_STATE",
                System.getProperty("java.io.tmpdir") + "/instainstru-local"));
        StripeSettings stripe = StripeSettings.fromEnvironment(env);
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--control-port" -> controlPort = parsePort(value(args, ++i, arg));
                case "--database-url" -> databaseUrl = value(args, ++i, arg);
                case "--redis-url" -> redisUrl = value(args, ++i, arg);
                case "--seed" -> seed = value(args, ++i, arg);
                case "--no-schedules" -> schedules = false;
                case "--aws-endpoint" -> awsEndpoint = value(args, ++i, arg);
                case "--retry-delay" -> retryDelay = Duration.ofSeconds(parseSeconds(value(args, ++i, arg)));
                case "--state-dir" -> stateDir = Path.of(value(args, ++i, arg));
                case "--stripe-api-base" -> stripe = stripe.withApiBase(value(args, ++i, arg));
                case "--stripe-secret-key" -> stripe = stripe.withSecretKey(value(args, ++i, arg));
                case "--stripe-webhook-secret" -> stripe = stripe.withWebhookSecret(value(args, ++i, arg));
                case "--stripe-connect-webhook-secret" ->
                        stripe = stripe.withConnectWebhookSecret(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    arguments.add(arg);
                }
            }
        }
        if (seed != null && !seed.equals("demo")) {
            throw new IllegalArgumentException("--seed takes 'demo'");
        }
        if (command.equals("invoke") && arguments.size() != 2) {
            throw new IllegalArgumentException("invoke takes <FunctionLogicalId> <event.json>");
        }
        if (command.equals("run") && !arguments.isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments);
        }
        return new RuntimeOptions(command, port, controlPort != null ? controlPort : (port == 0 ? 0 : port + 1),
                blankToNull(databaseUrl), redisUrl, seed, schedules, blankToNull(awsEndpoint), retryDelay, stateDir,
                stripe, List.copyOf(arguments));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value);
        }
    }

    private static long parseSeconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of seconds: " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
