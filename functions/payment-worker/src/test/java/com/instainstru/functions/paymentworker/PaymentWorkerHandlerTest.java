package com.instainstru.functions.paymentworker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.workflow.PaymentAction;
import com.instainstru.payments.workflow.PaymentActionMessage;
import com.instainstru.testfixtures.TestPayments;
import com.instainstru.testsupport.aws.AwsEmulator;
import com.instainstru.testsupport.aws.SqsLambdaEvents;
import com.instainstru.testsupport.aws.TemplateEventsTestResource;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The SQS path, with the test playing Lambda's event source mapping on template.yaml's PaymentActionsQueue (moto):
 * receive, invoke the function, delete what succeeded, let the failures reappear. Stripe is the stub.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TemplateEventsTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class PaymentWorkerHandlerTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final String AUTHORIZE = "/v1/payment_intents";

    @Inject
    TestPayments payments;

    @Inject
    ObjectMapper json;

    private StripeStub stripe;

    @BeforeEach
    void reset() {
        stripe = StripeStubTestResource.stub();
        stripe.reset();
    }

    @Test
    void aMessageDeliveredTwiceInOneBatchAuthorizesOnceWithTheAttemptsKey() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        String booking = payments.scheduledLesson(AT.plus(Duration.ofHours(24)));
        stripeAuthorizes(booking);

        try (SqsClient sqs = aws.sqs()) {
            send(sqs, new PaymentActionMessage(booking, PaymentAction.AUTHORIZE, AT));
            send(sqs, new PaymentActionMessage(booking, PaymentAction.AUTHORIZE, AT));
            List<Message> batch = receive(sqs, 2);
            assertThat(batch).hasSize(2);

            invoke(SqsLambdaEvents.toLambdaEvent(batch, queueArn(sqs))).then().statusCode(200)
                    .body("batchItemFailures", empty());
            delete(sqs, batch);
        }

        assertThat(stripe.idempotencyKeys(AUTHORIZE)).containsExactly("booking:" + booking + ":authorize:1");
        assertThat(payments.paymentStatus(booking)).isEqualTo("authorized");
        assertThat(payments.ledgerRows(booking, "authorized")).isEqualTo(1);
    }

    @Test
    void aStripeServerErrorFailsOnlyThatMessageAndItsRedeliveryLooksUpThenUsesANewKey() throws Exception {
        AwsEmulator aws = AwsEmulator.require();
        String failing = payments.scheduledLesson(AT.plus(Duration.ofHours(24)));
        String fine = payments.scheduledLesson(AT.plus(Duration.ofHours(23)));
        stripeAuthorizes(failing);
        stripeAuthorizes(fine);
        stripe.serverErrorOnceFor(AUTHORIZE, "booking:" + failing + ":authorize:1");
        stripe.answerGet(AUTHORIZE, StripeObjects.paymentIntentList());

        try (SqsClient sqs = aws.sqs()) {
            send(sqs, new PaymentActionMessage(failing, PaymentAction.AUTHORIZE, AT));
            send(sqs, new PaymentActionMessage(fine, PaymentAction.AUTHORIZE, AT));
            List<Message> batch = receive(sqs, 2);
            assertThat(batch).hasSize(2);
            String failedId = batch.stream().filter(m -> m.body().contains(failing)).findFirst().orElseThrow()
                    .messageId();

            invoke(SqsLambdaEvents.toLambdaEvent(batch, queueArn(sqs))).then().statusCode(200)
                    .body("batchItemFailures", hasSize(1), "batchItemFailures[0].itemIdentifier",
                            org.hamcrest.Matchers.equalTo(failedId));
            for (Message message : batch) {
                if (message.messageId().equals(failedId)) {
                    sqs.changeMessageVisibility(b -> b.queueUrl(queue()).receiptHandle(message.receiptHandle())
                            .visibilityTimeout(0));
                } else {
                    sqs.deleteMessage(b -> b.queueUrl(queue()).receiptHandle(message.receiptHandle()));
                }
            }
            assertThat(payments.paymentStatus(failing)).isEqualTo("authorizing");

            List<Message> redelivered = receive(sqs, 1);
            assertThat(redelivered).extracting(Message::messageId).containsExactly(failedId);
            invoke(SqsLambdaEvents.toLambdaEvent(redelivered, queueArn(sqs))).then().statusCode(200)
                    .body("batchItemFailures", empty());
            delete(sqs, redelivered);
        }

        assertThat(payments.paymentStatus(failing)).isEqualTo("authorized");
        assertThat(payments.paymentStatus(fine)).isEqualTo("authorized");
        assertThat(stripe.idempotencyKeys(AUTHORIZE)).filteredOn(key -> key.contains(failing))
                .containsExactly("booking:" + failing + ":authorize:1", "booking:" + failing + ":authorize:2");
        assertThat(stripe.gets(AUTHORIZE)).hasSize(1);
    }

    @Test
    void theSampleBatchNamesNoKnownPaymentAndIsAcknowledgedWithoutCallingStripe() throws Exception {
        String sample = Files.readString(Path.of("../../events/payment-worker/sqs-batch.json"));

        invoke(sample).then().statusCode(200).body("batchItemFailures", empty());

        assertThat(stripe.posts(AUTHORIZE)).isEmpty();
    }

    @Test
    void aBodyThatIsNotAPaymentActionIsABatchItemFailure() {
        String event = json.createObjectNode().set("Records", json.createArrayNode().add(json.createObjectNode()
                .put("messageId", "poison-1").put("body", "{\"bookingId\": 42").put("eventSource", "aws:sqs")))
                .toString();

        invoke(event).then().statusCode(200).body("batchItemFailures[0].itemIdentifier",
                org.hamcrest.Matchers.equalTo("poison-1"));
    }

    private void stripeAuthorizes(String booking) {
        String intent = "pi_" + booking;
        String account = TestPayments.accountOf(payments.instructorOf(booking));
        stripe.answerPostWhenBodyContains(AUTHORIZE, booking, StripeObjects.paymentIntent(intent, "requires_capture",
                13_440, 2_880, account, StripeObjects.charge("ch_" + booking, intent, 13_440, false, null, account,
                        AT.plus(Duration.ofDays(7)).getEpochSecond())));
    }

    private Response invoke(String sqsEvent) {
        return given().contentType("application/json").body(sqsEvent).post();
    }

    private void send(SqsClient sqs, PaymentActionMessage message) throws Exception {
        String body = json.writeValueAsString(message);
        sqs.sendMessage(b -> b.queueUrl(queue()).messageBody(body));
    }

    private static List<Message> receive(SqsClient sqs, int expected) {
        List<Message> all = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && all.size() < expected; attempt++) {
            all.addAll(sqs.receiveMessage(b -> b.queueUrl(queue()).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages());
        }
        return all;
    }

    private static void delete(SqsClient sqs, List<Message> messages) {
        messages.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(queue()).receiptHandle(m.receiptHandle())));
    }

    private static String queueArn(SqsClient sqs) {
        return sqs.getQueueAttributes(b -> b.queueUrl(queue()).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static String queue() {
        return TemplateEventsTestResource.provisioned().queueUrl("PaymentActionsQueue");
    }
}
