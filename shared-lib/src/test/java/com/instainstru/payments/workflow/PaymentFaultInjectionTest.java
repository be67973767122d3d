package com.instainstru.payments.workflow;

import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.AUTHORIZE_PATH;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.capturePath;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.intentId;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.platform.db.DataAccessException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * At-least-once delivery and failures in the middle of a step: duplicated messages, a worker dying between Stripe's
 * answer and our write, and a Stripe failing one call in five. Money moves once; every booking ends where the
 * policy says.
 */
class PaymentFaultInjectionTest {

    private static final Instant START = PaymentsTestKit.NOW.plus(Duration.ofDays(3));
    private static final Instant T_MINUS_24H = START.minus(Duration.ofHours(24));
    private static final Instant CAPTURE_DUE = START.plus(Duration.ofHours(25));

    private final PaymentWorkflowTestKit kit = new PaymentWorkflowTestKit();

    @AfterEach
    void stop() {
        kit.base.platform.jdbc.update("DROP TRIGGER IF EXISTS crash_after_stripe ON booking_payments");
        kit.close();
    }

    @Test
    void everyMessageDeliveredTwiceStillAuthorizesOnceAndCapturesOnce() {
        kit.deliveries = 2;
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, T_MINUS_24H.plus(Duration.ofDays(7)));
        kit.stripeCaptures(booking);

        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.AUTHORIZE))
                .containsExactly(ActionResult.AUTHORIZED, ActionResult.SKIPPED);
        kit.complete(booking, START.plus(Duration.ofHours(1)));
        assertThat(of(kit.runAt(CAPTURE_DUE), booking, PaymentAction.CAPTURE))
                .containsExactly(ActionResult.CAPTURED, ActionResult.SKIPPED);

        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsExactly("booking:" + booking + ":authorize:1");
        assertThat(kit.stripe.idempotencyKeys(capturePath(booking))).containsExactly("booking:" + booking + ":capture:1");
        assertThat(kit.ledgerRows(booking, "authorized")).isEqualTo(1);
        assertThat(kit.ledgerRows(booking, "captured")).isEqualTo(1);
        assertThat(kit.paymentColumn(booking, "auth_attempts || ' ' || capture_attempts")).isEqualTo("1 1");
    }

    @Test
    void aWorkerKilledBetweenStripesAnswerAndTheDatabaseWriteIsRetriedWithTheSameKey() {
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, T_MINUS_24H.plus(Duration.ofDays(7)));
        crashWhenRecording(booking, "authorized");

        kit.base.clock.set(T_MINUS_24H);
        PaymentActionMessage message = new PaymentActionMessage(booking, PaymentAction.AUTHORIZE, T_MINUS_24H);
        assertThatThrownBy(() -> kit.processor.process(message)).isInstanceOf(DataAccessException.class);
        assertThat(kit.paymentColumn(booking, "status || ' ' || auth_attempts")).isEqualTo("authorizing 1");

        kit.base.platform.jdbc.update("DROP TRIGGER crash_after_stripe ON booking_payments");
        // SQS redelivers the same message after its visibility timeout.
        assertThat(kit.processor.process(message)).isEqualTo(ActionResult.AUTHORIZED);
        assertThat(kit.processor.process(message)).isEqualTo(ActionResult.SKIPPED);

        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsExactly(
                "booking:" + booking + ":authorize:1", "booking:" + booking + ":authorize:1");
        assertThat(kit.paymentColumn(booking, "status || ' ' || auth_attempts || ' ' || payment_intent_id"))
                .isEqualTo("authorized 1 " + intentId(booking));
        assertThat(kit.ledgerRows(booking, "authorized")).isEqualTo(1);
    }

    @Test
    void aClaimLeftBehindByAWorkerThatDiedIsFoundByTheSchedulerAndResumedWithItsKey() {
        String booking = kit.scheduledBooking(START);
        kit.stripeCaptures(booking);
        kit.stripeAuthorizes(booking, T_MINUS_24H.plus(Duration.ofDays(7)));
        kit.runAt(T_MINUS_24H);
        kit.complete(booking, START.plus(Duration.ofHours(1)));
        crashWhenRecording(booking, "settled");
        assertThat(kit.runAt(CAPTURE_DUE)).isEmpty();
        assertThat(kit.redeliveries).hasSize(1);
        kit.redeliveries.clear(); // the message itself is lost (e.g. dead-lettered)
        kit.base.platform.jdbc.update("DROP TRIGGER crash_after_stripe ON booking_payments");

        assertThat(of(kit.runAt(CAPTURE_DUE.plus(Duration.ofMinutes(10))), booking, PaymentAction.CAPTURE)).isEmpty();
        assertThat(of(kit.runAt(CAPTURE_DUE.plus(Duration.ofMinutes(15))), booking, PaymentAction.CAPTURE))
                .containsExactly(ActionResult.CAPTURED);
        assertThat(kit.stripe.idempotencyKeys(capturePath(booking))).containsExactly(
                "booking:" + booking + ":capture:1", "booking:" + booking + ":capture:1");
        assertThat(kit.ledgerRows(booking, "captured")).isEqualTo(1);
    }

    @Test
    void withStripeFailingOneCallInFiveFiftyBookingsAllEndAuthorizedThenCapturedOnce() {
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // two hours apart: one instructor and one student cannot overlap
            String booking = kit.scheduledBooking(START.plus(Duration.ofHours(2L * i)));
            kit.stripeAuthorizes(booking, START.plus(Duration.ofDays(6)));
            kit.stripeCaptures(booking);
            bookings.add(booking);
        }
        List<String> failingAuthorizations = everyFifth(bookings, 0);
        List<String> failingCaptures = everyFifth(bookings, 2);
        failingAuthorizations.forEach(b -> kit.stripe.serverErrorOnceFor(AUTHORIZE_PATH, "booking:" + b + ":authorize:1"));
        failingCaptures.forEach(b -> kit.stripe.serverErrorOnceFor(capturePath(b), "booking:" + b + ":capture:1"));

        int redelivered = 0;
        for (int i = 0; i < bookings.size(); i++) {
            kit.runAt(START.plus(Duration.ofHours(2L * i)).minus(Duration.ofHours(24)));
            redelivered += kit.redeliveries.size();
            kit.drain();
            assertThat(kit.redeliveries).isEmpty();
        }
        assertThat(redelivered).isEqualTo(10);
        for (int i = 0; i < bookings.size(); i++) {
            kit.complete(bookings.get(i), START.plus(Duration.ofHours(2L * i + 1)));
        }
        for (int i = 0; i < bookings.size(); i++) {
            kit.runAt(START.plus(Duration.ofHours(2L * i + 1 + 24)));
            redelivered += kit.redeliveries.size();
            kit.drain();
            assertThat(kit.redeliveries).isEmpty();
        }
        assertThat(redelivered).isEqualTo(20);

        for (String booking : bookings) {
            assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome || ' ' || amount_captured_cents"))
                    .as(booking).isEqualTo("settled lesson_completed_full_payout 13440");
            assertThat(kit.ledgerRows(booking, "authorized")).as(booking).isEqualTo(1);
            assertThat(kit.ledgerRows(booking, "captured")).as(booking).isEqualTo(1);
            // after a 500 the retry uses the next attempt's key: Stripe may have stored the 500 under the first
            assertThat(kit.stripe.idempotencyKeys(capturePath(booking))).as(booking).containsExactlyElementsOf(
                    failingCaptures.contains(booking)
                            ? List.of("booking:" + booking + ":capture:1", "booking:" + booking + ":capture:2")
                            : List.of("booking:" + booking + ":capture:1"));
        }
        List<String> authorizeKeys = kit.stripe.idempotencyKeys(AUTHORIZE_PATH);
        assertThat(authorizeKeys).hasSize(60).doesNotHaveDuplicates();
        assertThat(authorizeKeys).filteredOn(key -> key.endsWith(":authorize:2")).hasSize(10)
                .allMatch(key -> failingAuthorizations.stream().anyMatch(key::contains));
        // each retried authorization first looked for a PaymentIntent the failed request might have created
        assertThat(kit.stripe.gets(AUTHORIZE_PATH)).hasSize(10);
    }

    private static List<String> everyFifth(List<String> bookings, int offset) {
        List<String> chosen = new ArrayList<>();
        for (int i = offset; i < bookings.size(); i += 5) {
            chosen.add(bookings.get(i));
        }
        return chosen;
    }

    /** The database refuses the result write for this booking, as if the worker died after Stripe answered. */
    private void crashWhenRecording(String booking, String status) {
        kit.base.platform.jdbc.update("""
                CREATE OR REPLACE FUNCTION crash_after_stripe() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'worker killed before recording %%', NEW.booking_id;
                END;
                $$""".replace("%%", "%"));
        kit.base.platform.jdbc.update("""
                CREATE TRIGGER crash_after_stripe BEFORE UPDATE ON booking_payments FOR EACH ROW
                WHEN (NEW.booking_id = '%s' AND NEW.status = '%s') EXECUTE FUNCTION crash_after_stripe()
                """.formatted(booking, status));
    }
}
