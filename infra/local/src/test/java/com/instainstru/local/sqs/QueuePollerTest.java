package com.instainstru.local.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.local.lambda.FunctionError;
import com.instainstru.local.lambda.InvocationResult;
import com.instainstru.local.sqs.BatchOutcome.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The event source mapping's rules against ElasticMQ, with a fake function. */
class QueuePollerTest {

    private static EmbeddedSqs sqs;

    private String queueName;
    private String queueUrl;
    private String queueArn;
    private String deadLetterName;
    private String deadLetterUrl;

    @BeforeAll
    static void startSqs() {
        sqs = EmbeddedSqs.start(0);
    }

    @AfterAll
    static void stopSqs() {
        sqs.close();
    }

    /** A queue like template.yaml's worker queue: 5 receives, then the dead-letter queue. */
    @BeforeEach
    void createQueues() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        deadLetterName = "worker-dlq-" + suffix;
        deadLetterUrl = sqs.createQueue(deadLetterName, Map.of());
        queueName = "worker-" + suffix;
        queueUrl = sqs.createQueue(queueName, Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "90",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + sqs.queueArn(deadLetterUrl)
                        + "\",\"maxReceiveCount\":\"5\"}"));
        queueArn = sqs.queueArn(queueUrl);
    }

    private void send(String... bodies) {
        for (String body : bodies) {
            sqs.client().sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
        }
    }

    private QueuePoller poller(FakeFunction function, boolean reportBatchItemFailures, Duration retryDelayOverride) {
        return new QueuePoller(sqs.client(), queueUrl, queueArn, 10, reportBatchItemFailures, function,
                retryDelayOverride);
    }

    private int depth(String name) {
        return sqs.depths().get(name);
    }

    @Test
    void aPartialBatchFailureDeletesOnlyTheSuccesses() {
        send("ok-1", "fail-2", "ok-3");
        FakeFunction function = FakeFunction.failingBodiesStartingWithFail();
        QueuePoller poller = poller(function, true, null);

        BatchOutcome outcome = poller.drainOnce();

        assertThat(outcome.verdict()).isEqualTo(Verdict.PARTIALLY_FAILED);
        assertThat(outcome.messageIds()).hasSize(3);
        assertThat(outcome.deleted()).hasSize(2);
        assertThat(outcome.retried()).hasSize(1).doesNotContainAnyElementsOf(outcome.deleted());
        assertThat(function.bodies()).containsExactlyInAnyOrder("ok-1", "fail-2", "ok-3");
        assertThat(depth(queueName)).isEqualTo(1);
        // Without an override the failed message waits out the 90 s visibility timeout.
        assertThat(poller.drainOnce().verdict()).isEqualTo(Verdict.NO_MESSAGES);
    }

    @Test
    void aPoisonMessageReachesTheDeadLetterQueueAfterFiveReceives() {
        send("fail-poison");
        FakeFunction function = FakeFunction.failingBodiesStartingWithFail();
        QueuePoller poller = poller(function, true, Duration.ZERO);

        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            verdicts.add(poller.drainOnce().verdict());
        }

        assertThat(verdicts).containsExactly(Verdict.PARTIALLY_FAILED, Verdict.PARTIALLY_FAILED,
                Verdict.PARTIALLY_FAILED, Verdict.PARTIALLY_FAILED, Verdict.PARTIALLY_FAILED, Verdict.NO_MESSAGES,
                Verdict.NO_MESSAGES);
        assertThat(function.events()).extracting(event -> event.at("/Records/0/attributes/ApproximateReceiveCount")
                .asText()).containsExactly("1", "2", "3", "4", "5");
        assertThat(sqs.depths()).contains(entry(queueName, 0), entry(deadLetterName, 1));
        assertThat(sqs.client().receiveMessage(request -> request.queueUrl(deadLetterUrl)).messages())
                .singleElement().satisfies(message -> assertThat(message.body()).isEqualTo("fail-poison"));
    }

    @Test
    void anItemIdentifierOutsideTheBatchFailsTheWholeBatch() {
        send("a", "b");
        FakeFunction function = new FakeFunction(event -> FakeFunction.success(
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"not-in-this-batch\"}]}"));
        QueuePoller poller = poller(function, true, Duration.ZERO);

        BatchOutcome outcome = poller.drainOnce();

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED_INVALID_RESPONSE);
        assertThat(outcome.deleted()).isEmpty();
        assertThat(outcome.retried()).hasSize(2);
        assertThat(poller.drainOnce().messageIds()).containsExactlyInAnyOrderElementsOf(outcome.messageIds());
    }

    @Test
    void anEmptyItemIdentifierFailsTheWholeBatch() {
        send("a", "b");
        FakeFunction function = new FakeFunction(event -> FakeFunction.success(
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}"));

        BatchOutcome outcome = poller(function, true, null).drainOnce();

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED_INVALID_RESPONSE);
        assertThat(depth(queueName)).isEqualTo(2);
    }

    @Test
    void aFunctionErrorRetriesTheWholeBatch() {
        send("a", "b");
        FakeFunction function = new FakeFunction(event -> InvocationResult.failure("req",
                new FunctionError("java.lang.IllegalStateException", "boom"), Duration.ofMillis(3)));
        QueuePoller poller = poller(function, true, Duration.ZERO);

        BatchOutcome outcome = poller.drainOnce();

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED_FUNCTION_ERROR);
        assertThat(outcome.deleted()).isEmpty();
        assertThat(outcome.result().error().errorType()).isEqualTo("java.lang.IllegalStateException");
        BatchOutcome again = poller.drainOnce();
        assertThat(again.messageIds()).containsExactlyInAnyOrderElementsOf(outcome.messageIds());
        assertThat(function.events().get(1).findValuesAsText("ApproximateReceiveCount")).containsOnly("2");
    }

    @Test
    void aTimeoutRetriesTheWholeBatch() {
        send("a");
        FakeFunction function = new FakeFunction(event -> InvocationResult.timeout("req",
                new FunctionError("Sandbox.Timedout", "late"), Duration.ofSeconds(15)));

        BatchOutcome outcome = poller(function, true, null).drainOnce();

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED_TIMEOUT);
        assertThat(outcome.deleted()).isEmpty();
        assertThat(depth(queueName)).isEqualTo(1);
    }

    @Test
    void anExceptionFromTheInvokerRetriesTheWholeBatch() {
        send("a");
        FakeFunction function = new FakeFunction(event -> {
            throw new IllegalStateException("function.zip missing");
        });

        BatchOutcome outcome = poller(function, true, null).drainOnce();

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED_FUNCTION_ERROR);
        assertThat(outcome.result().error()).isEqualTo(new FunctionError("Local.InvokeFailed", "function.zip missing"));
        assertThat(depth(queueName)).isEqualTo(1);
    }

    @Test
    void withoutReportBatchItemFailuresASuccessDeletesTheWholeBatch() {
        send("ok", "fail-but-ignored");
        BatchOutcome outcome = poller(FakeFunction.failingBodiesStartingWithFail(), false, null).drainOnce();

        assertThat(outcome.verdict()).isEqualTo(Verdict.SUCCEEDED);
        assertThat(outcome.deleted()).hasSize(2);
        assertThat(depth(queueName)).isZero();
    }

    @Test
    void theEventHasLambdasSqsRecordShape() {
        sqs.client().sendMessage(request -> request.queueUrl(queueUrl).messageBody("{\"hello\":1}")
                .messageAttributes(Map.of("traceparent", MessageAttributeValue.builder().dataType("String")
                        .stringValue("00-abc-01").build())));
        FakeFunction function = new FakeFunction(event -> FakeFunction.success("{}"));

        poller(function, true, null).drainOnce();

        JsonNode record = function.events().get(0).path("Records").get(0);
        assertThat(record.path("messageId").asText()).isNotBlank();
        assertThat(record.path("receiptHandle").asText()).isNotBlank();
        assertThat(record.path("body").asText()).isEqualTo("{\"hello\":1}");
        assertThat(record.path("md5OfBody").asText()).isEqualTo(md5("{\"hello\":1}"));
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asText()).isEqualTo(queueArn)
                .isEqualTo("arn:aws:sqs:us-east-1:123456789012:" + queueName);
        assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
        JsonNode attributes = record.path("attributes");
        assertThat(attributes.path("ApproximateReceiveCount").asText()).isEqualTo("1");
        assertThat(attributes.path("SentTimestamp").asText()).matches("\\d{13}");
        assertThat(attributes.path("ApproximateFirstReceiveTimestamp").asText()).matches("\\d{13}");
        assertThat(attributes.has("SenderId")).isTrue();
        JsonNode traceparent = record.path("messageAttributes").path("traceparent");
        assertThat(traceparent.path("stringValue").asText()).isEqualTo("00-abc-01");
        assertThat(traceparent.path("dataType").asText()).isEqualTo("String");
        assertThat(traceparent.path("stringListValues").isArray()).isTrue();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void startedItPollsInTheBackgroundUntilClosed() throws Exception {
        FakeFunction function = FakeFunction.failingBodiesStartingWithFail();
        QueuePoller poller = poller(function, true, null);
        poller.start();
        poller.start();
        try {
            send("one", "two", "three");
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (function.bodies().size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            poller.close();
            poller.close();
        }
        assertThat(function.bodies()).containsExactlyInAnyOrder("one", "two", "three");
        assertThat(depth(queueName)).isZero();

        send("after close");
        Thread.sleep(1500);
        assertThat(function.bodies()).doesNotContain("after close");
    }

    @Test
    void depthsCountVisibleAndInFlightMessages() {
        send("a", "b");
        sqs.client().receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(1));

        Map<String, Integer> depths = new HashMap<>(sqs.depths());

        assertThat(depths).contains(entry(queueName, 2), entry(deadLetterName, 0));
        assertThat(queueUrl).isEqualTo(sqs.endpoint() + "/123456789012/" + queueName);
        assertThat(sqs.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+");
    }
}
