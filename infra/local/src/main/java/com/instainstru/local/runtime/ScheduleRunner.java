package com.instainstru.local.runtime;

import com.instainstru.local.lambda.InvocationResult;
import com.instainstru.local.schedule.ScheduleExpression;
import com.instainstru.local.schedule.ScheduledEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The template's {@code Schedule} events: fired on their rate/cron in real time (unless disabled with
 * --no-schedules), and on demand at any chosen instant through the control endpoint.
 */
public final class ScheduleRunner implements AutoCloseable {

    /** One schedule; named like the rule SAM creates, {@code <FunctionId><EventName>}. */
    public record Entry(String functionId, String eventName, ScheduleExpression expression) {

        public String ruleName() {
            return functionId + eventName;
        }

        String ruleArn() {
            return "arn:aws:events:us-east-1:" + HttpGateway.ACCOUNT + ":rule/" + ruleName();
        }
    }

    private final Map<String, Entry> entries;
    private final FunctionInvoker functions;
    private final Clock clock;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            HttpGateway.daemon("schedules"));
    private final ExecutorService firing = Executors.newCachedThreadPool(HttpGateway.daemon("schedule-fire"));

    public ScheduleRunner(List<Entry> entries, FunctionInvoker functions, Clock clock, Consumer<String> log) {
        this.entries = entries.stream().collect(Collectors.toMap(Entry::ruleName, Function.identity()));
        this.functions = functions;
        this.clock = clock;
        this.log = log;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Starts firing every schedule on its expression, in real time. */
    public void startAutomatic() {
        entries.values().forEach(this::scheduleNext);
    }

    /** Fires one schedule now, with {@code at} as the event's {@code time}. */
    public InvocationResult fire(String ruleName, Instant at) {
        Entry entry = entries.get(ruleName);
        if (entry == null) {
            throw new IllegalArgumentException("no schedule " + ruleName + "; schedules: " + entries.keySet());
        }
        String event = ScheduledEvents.json(entry.ruleArn(), at, UUID.randomUUID().toString(), HttpGateway.ACCOUNT,
                "us-east-1").toString();
        log.accept("[schedules] " + ruleName + " fires " + entry.functionId() + " at " + at);
        return functions.invoke(entry.functionId(), event);
    }

    private void scheduleNext(Entry entry) {
        Instant now = clock.instant();
        Instant next = entry.expression().nextFireAfter(now);
        long delay = Math.max(0, Duration.between(now, next).toMillis());
        timer.schedule(() -> {
            firing.submit(() -> {
                InvocationResult result = fire(entry.ruleName(), next);
                if (!result.isSuccess()) {
                    log.accept("[schedules] " + entry.ruleName() + " failed: " + result.error());
                }
            });
            scheduleNext(entry);
        }, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        firing.shutdownNow();
    }
}
