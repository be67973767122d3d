package com.instainstru.functions.paymentscheduler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.workflow.PaymentAction;
import com.instainstru.payments.workflow.PaymentActionMessage;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.testfixtures.TestPayments;
import com.instainstru.testsupport.aws.AwsEmulator;
import com.instainstru.testsupport.aws.TemplateEventsTestResource;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The schedule path: the handler invoked with the sample scheduled event takes "now" from the event's time and
 * sends template.yaml's PaymentActionsQueue (on moto) one message per due booking and action.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TemplateEventsTestResource.class)
class PaymentSchedulerHandlerTest {

    private static final Instant EVENT_TIME = Instant.parse("2026-12-01T12:00:00Z");

    @Inject
    TestPayments payments;

    @Inject
    ObjectMapper json;

    @Inject
    Jdbc jdbc;

    @Test
    void theEventsTimeDecidesWhichAuthorizationsAreEnqueuedExactlyAt24HoursBeforeTheLesson() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        String due = payments.scheduledLesson(EVENT_TIME.plus(Duration.ofHours(24)));
        String dueOneSecondLater = payments.scheduledLesson(EVENT_TIME.plus(Duration.ofHours(24)).plusSeconds(1));
        String event = Files.readString(Path.of("../../events/payment-scheduler/scheduled.json"));

        given().contentType("application/json").body(event).post()
                .then().statusCode(200).body("at", equalTo("2026-12-01T12:00:00Z"), "enqueued", equalTo(1),
                        "byAction.AUTHORIZE", equalTo(1));

        try (SqsClient sqs = aws.sqs()) {
            List<PaymentActionMessage> sent = new ArrayList<>();
            for (Message message : receiveAll(sqs)) {
                sent.add(json.readValue(message.body(), PaymentActionMessage.class));
            }
            assertThat(sent).containsExactly(new PaymentActionMessage(due, PaymentAction.AUTHORIZE, EVENT_TIME));
            assertThat(sent).extracting(PaymentActionMessage::bookingId).doesNotContain(dueOneSecondLater);
        }
        assertThat(payments.paymentStatus(due)).as("the scheduler only finds work").isEqualTo("scheduled");
    }

    @Test
    void theSameScheduledEventDeliveredTwiceOnlyFindsWorkAgainAndChangesNothing() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        // an hour before the other test's instant, so neither finds the other's lesson due
        Instant at = EVENT_TIME.minus(Duration.ofHours(1));
        String due = payments.scheduledLesson(at.plus(Duration.ofHours(24)));
        String event = Files.readString(Path.of("../../events/payment-scheduler/scheduled.json"))
                .replace(EVENT_TIME.toString(), at.toString());

        for (int delivery = 0; delivery < 2; delivery++) {
            given().contentType("application/json").body(event).post()
                    .then().statusCode(200).body("at", equalTo(at.toString()), "enqueued", equalTo(1));
        }

        try (SqsClient sqs = aws.sqs()) {
            List<PaymentActionMessage> sent = new ArrayList<>();
            for (Message message : receiveAll(sqs)) {
                sent.add(json.readValue(message.body(), PaymentActionMessage.class));
            }
            // the worker claims the payment once; the second message finds it moved (PaymentFaultInjectionTest)
            assertThat(sent).containsExactly(new PaymentActionMessage(due, PaymentAction.AUTHORIZE, at),
                    new PaymentActionMessage(due, PaymentAction.AUTHORIZE, at));
        } finally {
            // take this lesson out of every later run of the schedule in this test class
            jdbc.update("UPDATE bookings SET status = 'CANCELLED', cancelled_at = ? WHERE id = ?", at, due);
        }
        assertThat(payments.paymentStatus(due)).isEqualTo("scheduled");
        assertThat(payments.ledgerRows(due, "authorization_scheduled")).isOne();
    }

    private static List<Message> receiveAll(SqsClient sqs) {
        String queue = TemplateEventsTestResource.provisioned().queueUrl("PaymentActionsQueue");
        List<Message> all = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages();
            all.addAll(batch);
            batch.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle())));
        }
        return all;
    }
}
