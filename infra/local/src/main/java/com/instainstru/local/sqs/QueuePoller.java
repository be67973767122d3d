package com.instainstru.local.sqs;

import com.instainstru.local.lambda.FunctionError;
import com.instainstru.local.lambda.InvocationResult;
import com.instainstru.local.sqs.BatchOutcome.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One SQS event source mapping: long-polls a queue, invokes the function with each batch and applies Lambda's
 * rules to the result. Success deletes the batch, or with ReportBatchItemFailures every message except the
 * reported ones; a function error or timeout deletes nothing. What is not deleted reappears after the queue's
 * visibility timeout, and the queue's redrive policy dead-letters it after maxReceiveCount receives.
 *
 * <p>{@code retryDelayOverride}, when set, makes failed messages visible again after that delay instead of the
 * visibility timeout, to walk a retry timeline quickly. Batches larger than 10 are received 10 at a time, as
 * there is no batching window here. One poller runs one invocation at a time.
 */
public final class QueuePoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(QueuePoller.class.getName());
    private static final int MAX_RECEIVE = 10;
    private static final int WAIT_SECONDS = 1;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final int batchSize;
    private final boolean reportBatchItemFailures;
    private final Function<String, InvocationResult> invoke;
    private final Duration retryDelayOverride;
    private final ReentrantLock batches = new ReentrantLock();
    private Thread loop;
    private volatile boolean running;

    public QueuePoller(SqsClient sqs, String queueUrl, String queueArn, int batchSize, boolean reportBatchItemFailures,
            Function<String, InvocationResult> invoke) {
        this(sqs, queueUrl, queueArn, batchSize, reportBatchItemFailures, invoke, null);
    }

    /** @param retryDelayOverride null to leave failed messages to the queue's visibility timeout */
    public QueuePoller(SqsClient sqs, String queueUrl, String queueArn, int batchSize, boolean reportBatchItemFailures,
            Function<String, InvocationResult> invoke, Duration retryDelayOverride) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.queueArn = Objects.requireNonNull(queueArn, "queueArn");
        this.invoke = Objects.requireNonNull(invoke, "invoke");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (retryDelayOverride != null && (retryDelayOverride.isNegative()
                || retryDelayOverride.compareTo(Duration.ofHours(12)) > 0)) {
            throw new IllegalArgumentException("retryDelayOverride must be 0..12 h, was " + retryDelayOverride);
        }
        this.batchSize = Math.min(batchSize, MAX_RECEIVE);
        this.reportBatchItemFailures = reportBatchItemFailures;
        this.retryDelayOverride = retryDelayOverride;
    }

    /** Starts polling on a daemon thread. Idempotent. */
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        running = true;
        loop = new Thread(this::pollUntilClosed, "sqs-poller-" + queueUrl.substring(queueUrl.lastIndexOf('/') + 1));
        loop.setDaemon(true);
        loop.start();
    }

    /** Receives one batch (waiting up to a second for it), invokes the function and settles the messages. */
    public BatchOutcome drainOnce() {
        batches.lock();
        try {
            List<Message> messages = sqs.receiveMessage(request -> request
                    .queueUrl(queueUrl)
                    .maxNumberOfMessages(batchSize)
                    .waitTimeSeconds(WAIT_SECONDS)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All")).messages();
            if (messages.isEmpty()) {
                return BatchOutcome.empty();
            }
            return settle(messages, invokeSafely(SqsEvents.toLambdaEvent(messages, queueArn)));
        } finally {
            batches.unlock();
        }
    }

    /** Stops polling after the batch in progress. Idempotent. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = loop;
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(Duration.ofSeconds(WAIT_SECONDS + 5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void pollUntilClosed() {
        while (running) {
            try {
                drainOnce();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "polling " + queueUrl + " failed; retrying in 1 s", e);
                pause();
            }
        }
    }

    private InvocationResult invokeSafely(String event) {
        try {
            return invoke.apply(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "invoking the function for " + queueUrl + " failed: " + e);
            return InvocationResult.failure("none", new FunctionError("Local.InvokeFailed", String.valueOf(
                    e.getMessage())), Duration.ZERO);
        }
    }

    private BatchOutcome settle(List<Message> messages, InvocationResult result) {
        Set<String> ids = new LinkedHashSet<>(messages.stream().map(Message::messageId).toList());
        Verdict verdict;
        Set<String> failed;
        if (result.timedOut()) {
            verdict = Verdict.FAILED_TIMEOUT;
            failed = ids;
        } else if (!result.isSuccess()) {
            verdict = Verdict.FAILED_FUNCTION_ERROR;
            failed = ids;
        } else if (!reportBatchItemFailures) {
            verdict = Verdict.SUCCEEDED;
            failed = Set.of();
        } else {
            Optional<Set<String>> reported = BatchResponse.failedMessageIds(result.payload(), ids);
            failed = reported.orElse(ids);
            verdict = reported.isEmpty() ? Verdict.FAILED_INVALID_RESPONSE
                    : failed.isEmpty() ? Verdict.SUCCEEDED : Verdict.PARTIALLY_FAILED;
        }
        List<Message> toDelete = new ArrayList<>();
        List<Message> toRetry = new ArrayList<>();
        for (Message message : messages) {
            (failed.contains(message.messageId()) ? toRetry : toDelete).add(message);
        }
        delete(toDelete);
        if (retryDelayOverride != null) {
            makeVisible(toRetry, retryDelayOverride);
        }
        return new BatchOutcome(verdict, List.copyOf(ids), ids(toDelete), ids(toRetry), result);
    }

    private void delete(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(messages.get(i).receiptHandle()).build());
        }
        var response = sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(entries));
        if (response.hasFailed() && !response.failed().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "could not delete from " + queueUrl + ": " + response.failed());
        }
    }

    private void makeVisible(List<Message> messages, Duration delay) {
        if (messages.isEmpty()) {
            return;
        }
        int seconds = (int) Math.min(Integer.MAX_VALUE, (delay.toMillis() + 999) / 1000);
        List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(messages.get(i).receiptHandle()).visibilityTimeout(seconds).build());
        }
        sqs.changeMessageVisibilityBatch(request -> request.queueUrl(queueUrl).entries(entries));
    }

    private static List<String> ids(List<Message> messages) {
        return messages.stream().map(Message::messageId).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
