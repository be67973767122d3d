package com.instainstru.local.lambda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** One event on its way through the Runtime API: queued, handed to the runtime, then answered or failed. */
final class PendingInvocation {

    /** The runtime's answer: a payload, or an error; {@code nanoTime} is when it arrived. */
    record Outcome(String payload, FunctionError error, long nanoTime) {
    }

    private final String requestId;
    private final byte[] event;
    private final Duration timeout;
    private final CompletableFuture<Void> delivered = new CompletableFuture<>();
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private volatile long deliveredNanos;
    private volatile Instant deadline;

    private final Clock clock;

    PendingInvocation(String requestId, byte[] event, Duration timeout, Clock clock) {
        this.clock = clock;
        this.requestId = requestId;
        this.event = event;
        this.timeout = timeout;
    }

    String requestId() {
        return requestId;
    }

    byte[] event() {
        return event;
    }

    /** Starts the function's clock: Lambda's deadline counts from the moment the runtime gets the event. */
    Instant markDelivered() {
        deliveredNanos = System.nanoTime();
        deadline = clock.instant().plus(timeout);
        delivered.complete(null);
        return deadline;
    }

    void succeed(String payload) {
        outcome.complete(new Outcome(payload, null, System.nanoTime()));
    }

    /** Fails the invocation; also ends any wait for delivery, since it will never happen now. */
    void fail(FunctionError error) {
        outcome.complete(new Outcome(null, error, System.nanoTime()));
        delivered.complete(null);
    }

    CompletableFuture<Void> delivered() {
        return delivered;
    }

    CompletableFuture<Outcome> outcome() {
        return outcome;
    }

    boolean wasDelivered() {
        return deadline != null;
    }

    long deliveredNanos() {
        return deliveredNanos;
    }
}
