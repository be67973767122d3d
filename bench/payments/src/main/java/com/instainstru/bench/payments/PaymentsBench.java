package com.instainstru.bench.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.instainstru.bench.common.BenchDatabase;
import com.instainstru.bench.common.SingleConnectionDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Due authorizations end to end: a fresh database with {@code count} scheduled payments due now, the real
 * PaymentScheduler finding them (fired again as soon as the queue is drained, standing in for the 5-minute
 * schedule), a queue (in memory by default; the SQS leg on moto is measured on its own), workers running the
 * real PaymentActionProcessor with the production configuration (5 concurrent workers, batches of 5, one database
 * connection each) and stripe-java calling a WireMock stub.
 *
 * <pre>java -jar payments-bench.jar &lt;migrations dir&gt; [count ...]</pre>
 *
 * The paced scenario runs twice the workers, so that the pacer, not the workers' concurrency, holds the rate.
 *
 * Environment: PAYMENTS_BENCH_SCENARIOS (default paced,unpaced,ceiling; each count runs each scenario on a
 * database of its own), PAYMENTS_BENCH_RATE (outbound Stripe requests/s of the paced scenario, default 90),
 * PAYMENTS_BENCH_LATENCY_MS (the stub's answer delay, default 50), PAYMENTS_BENCH_WORKERS (default 5),
 * PAYMENTS_BENCH_QUEUE (memory or sqs, default memory: moto is slower than the rest of the run together, so the
 * SQS leg is measured on its own first, PAYMENTS_BENCH_SQS_LEG messages, default 500, 0 to skip).
 */
public final class PaymentsBench {

    static final int STRIPE_LIVE_LIMIT = 100;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PaymentsBench <migrations dir> [count ...]");
            System.exit(2);
        }
        String migrations = args[0];
        List<Integer> counts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            counts.add(Integer.parseInt(args[i].replace("_", "")));
        }
        if (counts.isEmpty()) {
            counts.add(10_000);
        }
        double rate = Double.parseDouble(env("PAYMENTS_BENCH_RATE", "90"));
        int latency = Integer.parseInt(env("PAYMENTS_BENCH_LATENCY_MS", "50"));
        int workers = Integer.parseInt(env("PAYMENTS_BENCH_WORKERS", "5"));
        String queue = env("PAYMENTS_BENCH_QUEUE", "memory");
        int sqsLeg = Integer.parseInt(env("PAYMENTS_BENCH_SQS_LEG", "500"));
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : env("PAYMENTS_BENCH_SCENARIOS", "paced,unpaced,ceiling").split(",")) {
            scenarios.add(switch (name.trim()) {
                case "paced" -> new Scenario("paced", rate, latency, 2 * workers, queue);
                case "unpaced" -> new Scenario("unpaced", 0, latency, workers, queue);
                case "ceiling" -> new Scenario("ceiling", 0, 0, workers, queue);
                default -> throw new IllegalArgumentException("unknown scenario " + name);
            });
        }
        System.out.printf(Locale.ROOT, "payments bench: counts %s, scenarios %s, workers %d x batch %d, queue %s,"
                + " %d cores, JVM %s%n", counts, scenarios.stream().map(Scenario::name).toList(), workers,
                Run.BATCH_SIZE, queue, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (sqsLeg > 0) {
            QueueLeg.measure(sqsLeg, workers, JsonMapper.builder().addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build(), Clock.systemUTC());
        }
        List<Run.Result> results = new ArrayList<>();
        for (int count : counts) {
            for (Scenario scenario : scenarios) {
                Run.Result result = run(migrations, count, scenario);
                results.add(result);
                result.print();
            }
        }
        summary(results);
    }

    private static Run.Result run(String migrations, int count, Scenario scenario) throws Exception {
        Clock clock = Clock.systemUTC();
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        try (BenchDatabase db = new BenchDatabase("payments_bench", migrations);
                StripeApiStub stripe = new StripeApiStub(scenario.latencyMillis(), Math.max(16, 4 * scenario.workers()));
                ActionQueue queue = scenario.queue().equals("memory") ? new MemoryActionQueue()
                        : new SqsActionQueue(json)) {
            long setupStart = System.nanoTime();
            new DuePayments(db.connection(), clock).insert(count);
            analyze(db.connection());
            double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
            List<Connection> connections = new ArrayList<>();
            try (OutboundBudget budget = OutboundBudget.of(scenario.rate(), db.dataSource(), clock)) {
                Run run = new Run(scenario, count, budget, stripe.baseUrl(), queue, json, clock);
                PaymentWorkflow scheduling = new PaymentWorkflow(db.dataSource(), run.gateway(), json, clock);
                List<PaymentWorkflow> working = new ArrayList<>();
                for (int w = 0; w < scenario.workers(); w++) {
                    Connection connection = db.newConnection();
                    connections.add(connection);
                    working.add(new PaymentWorkflow(new SingleConnectionDataSource(connection), run.gateway(), json,
                            clock));
                }
                Run.Result result = run.execute(scheduling, working, setupSeconds);
                result.verify(authorized(db.connection()));
                return result;
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
        }
    }

    private static void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    private static int authorized(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT count(*) FROM booking_payments p
                         WHERE p.status = 'authorized' AND p.payment_intent_id IS NOT NULL
                           AND (SELECT count(*) FROM payment_events e
                                 WHERE e.booking_id = p.booking_id AND e.event_type = 'authorized') = 1
                        """)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void summary(List<Run.Result> results) {
        System.out.println();
        System.out.println("cost growth, per scenario: the largest count against the smallest of this run");
        for (Run.Result largest : results) {
            results.stream().filter(r -> r.scenario().name().equals(largest.scenario().name())
                    && r.count() < largest.count()).min((a, b) -> Integer.compare(a.count(), b.count()))
                    .ifPresent(smallest -> System.out.printf(Locale.ROOT,
                            "  %-8s %,d vs %,d: wall/authorization x%.2f, DB ms/authorization x%.2f,"
                                    + " scheduler ms/message x%.2f%n", largest.scenario().name(), largest.count(),
                            smallest.count(), largest.wallMillisPerAuthorization()
                                    / smallest.wallMillisPerAuthorization(),
                            largest.dbMillisPerAuthorization() / smallest.dbMillisPerAuthorization(),
                            largest.schedulerMillisPerMessage() / smallest.schedulerMillisPerMessage()));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    record Scenario(String name, double rate, int latencyMillis, int workers, String queue) {
    }
}
