package com.instainstru.local.lambda;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one invocation. Exactly one of {@code payload} (success) and {@code error} is set; a timeout
 * has {@code timedOut} and a {@code Sandbox.Timedout} error. {@code duration} runs from the runtime receiving
 * the event to its answer, as in Lambda's REPORT line; {@code billedDuration} is that rounded up to 1 ms.
 */
public record InvocationResult(
        String requestId,
        String payload,
        FunctionError error,
        boolean timedOut,
        Duration duration,
        Duration billedDuration) {

    public InvocationResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(billedDuration, "billedDuration");
        if ((payload == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of payload and error must be set");
        }
        if (timedOut && error == null) {
            throw new IllegalArgumentException("a timed-out invocation carries an error");
        }
    }

    public static InvocationResult success(String requestId, String payload, Duration duration) {
        return new InvocationResult(requestId, payload, null, false, duration, billed(duration));
    }

    public static InvocationResult failure(String requestId, FunctionError error, Duration duration) {
        return new InvocationResult(requestId, null, error, false, duration, billed(duration));
    }

    public static InvocationResult timeout(String requestId, FunctionError error, Duration duration) {
        return new InvocationResult(requestId, null, error, true, duration, billed(duration));
    }

    public boolean isSuccess() {
        return error == null;
    }

    /** Lambda bills in 1 ms steps, rounding up, at least 1 ms. */
    static Duration billed(Duration duration) {
        long nanos = duration.toNanos();
        long millis = Math.max(1, (nanos + 999_999) / 1_000_000);
        return Duration.ofMillis(millis);
    }
}
