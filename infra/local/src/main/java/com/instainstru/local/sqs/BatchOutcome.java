package com.instainstru.local.sqs;

import com.instainstru.local.lambda.InvocationResult;
import java.util.List;

/**
 * What the poller did with one batch: the messages it received, which it deleted, and which it left on the
 * queue to be received again (and, after maxReceiveCount, dead-lettered by the queue).
 */
public record BatchOutcome(
        Verdict verdict,
        List<String> messageIds,
        List<String> deleted,
        List<String> retried,
        InvocationResult result) {

    public enum Verdict {
        /** The long poll returned nothing; the function was not invoked. */
        NO_MESSAGES,
        /** The function succeeded; every message was deleted. */
        SUCCEEDED,
        /** The function reported some messages in batchItemFailures; only the others were deleted. */
        PARTIALLY_FAILED,
        /** The function's batch response was unusable (an unknown or empty itemIdentifier, not JSON): all retried. */
        FAILED_INVALID_RESPONSE,
        /** The function failed (error, crash or init error): all retried. */
        FAILED_FUNCTION_ERROR,
        /** The function timed out: all retried. */
        FAILED_TIMEOUT
    }

    public BatchOutcome {
        messageIds = List.copyOf(messageIds);
        deleted = List.copyOf(deleted);
        retried = List.copyOf(retried);
    }

    static BatchOutcome empty() {
        return new BatchOutcome(Verdict.NO_MESSAGES, List.of(), List.of(), List.of(), null);
    }
}
