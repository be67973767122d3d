package com.instainstru.payments.workflow;

import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.AUTHORIZE_PATH;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.capturePath;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.intentId;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stripe stores a 500 under its idempotency key and replays it for that key (payments-checks-ratelimit.md §1.4).
 * The redelivered message must not reuse the key: it looks the PaymentIntent up first, then uses a new attempt.
 */
class StoredServerErrorTest {

    private static final Instant START = PaymentsTestKit.NOW.plus(Duration.ofDays(3));
    private static final Instant T_MINUS_24H = START.minus(Duration.ofHours(24));
    private static final Instant CAPTURE_DUE = START.plus(Duration.ofHours(25));
    private static final Instant HOLD_UNTIL = T_MINUS_24H.plus(Duration.ofDays(7));

    private final PaymentWorkflowTestKit kit = new PaymentWorkflowTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void aStoredAuthorizationServerErrorIsNotReplayedTheNextDeliveryAuthorizesOnceWithANewKey() {
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, HOLD_UNTIL);
        kit.stripe.storeServerErrorFor(AUTHORIZE_PATH, key(booking, "authorize", 1));

        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.AUTHORIZE)).isEmpty();
        assertThat(kit.redeliveries).hasSize(1);
        assertThat(of(kit.drain(), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);
        assertThat(kit.redeliveries).isEmpty();

        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH))
                .containsExactly(key(booking, "authorize", 1), key(booking, "authorize", 2));
        assertThat(kit.stripe.gets(AUTHORIZE_PATH)).hasSize(1);
        assertThat(kit.stripe.gets(AUTHORIZE_PATH).get(0).queryParameter("customer").firstValue())
                .isEqualTo(PaymentWorkflowTestKit.CUSTOMER);
        assertThat(kit.paymentColumn(booking, "status || ' ' || payment_intent_id"))
                .isEqualTo("authorized " + intentId(booking));
        assertThat(kit.ledgerRows(booking, "authorized")).isEqualTo(1);
    }

    @Test
    void aServerErrorAfterStripeCreatedThePaymentIntentRecordsThatIntentWithoutCreatingASecond() {
        String booking = kit.scheduledBooking(START);
        kit.stripe.storeServerErrorFor(AUTHORIZE_PATH, key(booking, "authorize", 1));
        // another booking's PaymentIntent of the same customer is listed too and must not be taken
        String other = "01KDVDNA0097QGSXV0PVAVN999";
        kit.stripe.answerGet(AUTHORIZE_PATH, StripeObjects.paymentIntentList(
                kit.authorizedIntent(other, HOLD_UNTIL).replace(intentId(other), "pi_other"),
                kit.authorizedIntent(booking, HOLD_UNTIL)));

        kit.runAt(T_MINUS_24H);
        assertThat(of(kit.drain(), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);
        // a replayed message finds the payment authorized and calls Stripe no more
        assertThat(kit.processor.process(new PaymentActionMessage(booking, PaymentAction.AUTHORIZE, T_MINUS_24H)))
                .isEqualTo(ActionResult.SKIPPED);

        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsExactly(key(booking, "authorize", 1));
        assertThat(kit.paymentColumn(booking, "status || ' ' || payment_intent_id || ' ' || capture_before"))
                .isEqualTo("authorized " + intentId(booking) + " "
                        + kit.paymentColumn(booking, "to_timestamp(" + HOLD_UNTIL.getEpochSecond() + ")"));
        assertThat(kit.ledgerRows(booking, "authorized")).isEqualTo(1);
    }

    @Test
    void aStoredCaptureServerErrorIsFollowedByALookupAndOneCaptureWithANewKey() {
        String booking = authorizedAndCompleted();
        kit.stripe.storeServerErrorFor(capturePath(booking), key(booking, "capture", 1));

        assertThat(of(kit.runAt(CAPTURE_DUE), booking, PaymentAction.CAPTURE)).isEmpty();
        assertThat(of(kit.drain(), booking, PaymentAction.CAPTURE)).containsExactly(ActionResult.CAPTURED);
        assertThat(kit.redeliveries).isEmpty();

        assertThat(kit.stripe.idempotencyKeys(capturePath(booking)))
                .containsExactly(key(booking, "capture", 1), key(booking, "capture", 2));
        assertThat(kit.stripe.gets("/v1/payment_intents/" + intentId(booking))).hasSize(1);
        assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome || ' ' || amount_captured_cents"))
                .isEqualTo("settled lesson_completed_full_payout 13440");
        assertThat(kit.ledgerRows(booking, "captured")).isEqualTo(1);
        assertThat(kit.outboxEvents(booking, CaptureStep.CAPTURED_EVENT)).isEqualTo(1);
    }

    @Test
    void aCaptureServerErrorAfterStripeCapturedRecordsTheCaptureWithoutCapturingAgain() {
        String booking = authorizedAndCompleted();
        kit.stripe.storeServerErrorFor(capturePath(booking), key(booking, "capture", 1));
        kit.stripe.answerGet("/v1/payment_intents/" + intentId(booking), kit.capturedIntent(booking));

        kit.runAt(CAPTURE_DUE);
        assertThat(of(kit.drain(), booking, PaymentAction.CAPTURE)).containsExactly(ActionResult.CAPTURED);

        assertThat(kit.stripe.idempotencyKeys(capturePath(booking))).containsExactly(key(booking, "capture", 1));
        assertThat(kit.paymentColumn(booking, "status || ' ' || amount_captured_cents")).isEqualTo("settled 13440");
        assertThat(kit.ledgerRows(booking, "captured")).isEqualTo(1);
    }

    @Test
    void aRateLimitIsStillRetriedWithTheSameKeyAndNoLookup() {
        String booking = kit.scheduledBooking(START);
        kit.stripe.rateLimit(AUTHORIZE_PATH);

        kit.runAt(T_MINUS_24H);
        kit.stripeAuthorizes(booking, HOLD_UNTIL);
        assertThat(of(kit.drain(), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);

        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH))
                .containsExactly(key(booking, "authorize", 1), key(booking, "authorize", 1));
        assertThat(kit.stripe.gets(AUTHORIZE_PATH)).isEmpty();
    }

    private String authorizedAndCompleted() {
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, HOLD_UNTIL);
        kit.stripeCaptures(booking);
        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.AUTHORIZE))
                .containsExactly(ActionResult.AUTHORIZED);
        kit.complete(booking, START.plus(Duration.ofHours(1)));
        return booking;
    }

    private static String key(String booking, String operation, int attempt) {
        return "booking:" + booking + ":" + operation + ":" + attempt;
    }
}
