package com.instainstru.local.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.instainstru.local.lambda.FunctionSpec;
import com.instainstru.local.lambda.LocalFunction;
import com.instainstru.local.lambda.TestFunctions;
import com.instainstru.local.sqs.BatchOutcome.Verdict;
import com.instainstru.testsupport.db.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The whole path: ElasticMQ, the event source mapping, and the real event-worker function under the RIC. */
class EventWorkerOverSqsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void goodEventsAreConsumedOnceAndAPoisonMessageIsDeadLettered() throws Exception {
        TestDatabase database = TestDatabase.shared();
        FunctionSpec spec = TestFunctions.spec("EventWorkerFunction", "event-worker",
                TestFunctions.environment(database), Duration.ofSeconds(15));
        try (EmbeddedSqs sqs = EmbeddedSqs.start(0);
                LocalFunction worker = new LocalFunction(spec, work, line -> { })) {
            String dlq = sqs.createQueue("EventWorkerDeadLetterQueue", Map.of());
            String queue = sqs.createQueue("EventWorkerQueue", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "90",
                    QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + sqs.queueArn(dlq)
                            + "\",\"maxReceiveCount\":\"5\"}"));
            List<String> eventIds = List.of(ulid(), ulid());
            for (String body : sampleBodies(eventIds)) {
                sqs.client().sendMessage(request -> request.queueUrl(queue).messageBody(body));
            }
            sqs.client().sendMessage(request -> request.queueUrl(queue).messageBody("not an event"));
            QueuePoller poller = new QueuePoller(sqs.client(), queue, sqs.queueArn(queue), 10, true, worker::invoke,
                    Duration.ZERO);

            List<BatchOutcome> outcomes = new ArrayList<>();
            for (BatchOutcome outcome = poller.drainOnce(); outcome.verdict() != Verdict.NO_MESSAGES;
                    outcome = poller.drainOnce()) {
                outcomes.add(outcome);
            }

            assertThat(outcomes).extracting(BatchOutcome::verdict).containsOnly(Verdict.PARTIALLY_FAILED);
            assertThat(outcomes.stream().mapToInt(outcome -> outcome.deleted().size()).sum()).isEqualTo(2);
            assertThat(outcomes.stream().mapToInt(outcome -> outcome.retried().size()).sum()).isEqualTo(5);
            assertThat(sqs.depths()).containsOnly(entry("EventWorkerQueue", 0), entry("EventWorkerDeadLetterQueue", 1));
            assertThat(receiptsFor(database, eventIds)).isEqualTo(2);
        }
    }

    /** The sample batch's two bodies with fresh event ids, so this run's receipts can be counted. */
    private static List<String> sampleBodies(List<String> eventIds) throws Exception {
        JsonNode sample = JSON.readTree(TestFunctions.event("event-worker/sqs-batch.json"));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < eventIds.size(); i++) {
            ObjectNode body = (ObjectNode) JSON.readTree(sample.path("Records").get(i).path("body").asText());
            ((ObjectNode) body.path("detail")).put("eventId", eventIds.get(i));
            bodies.add(body.toString());
        }
        return bodies;
    }

    private static int receiptsFor(TestDatabase database, List<String> eventIds) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM event_receipts WHERE event_id IN (?, ?)")) {
            query.setString(1, eventIds.get(0));
            query.setString(2, eventIds.get(1));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String ulid() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder ulid = new StringBuilder("01");
        while (ulid.length() < 26) {
            ulid.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return ulid.toString();
    }
}
