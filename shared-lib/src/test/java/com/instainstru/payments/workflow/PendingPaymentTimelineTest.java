package com.instainstru.payments.workflow;

import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.AUTHORIZE_PATH;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.intentId;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.of;
import static com.instainstru.testsupport.stripe.StripeStub.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A lesson booked less than 24 h ahead (reference §9 payment-setup flow, §11): the booking is PENDING, checkout
 * authorizes at once, success confirms it, a decline waits for the student's card swap (no automatic retry), and
 * 30 minutes after the last attempt (or after booking, without checkout) the booking fails with no charge and its
 * credits back. Fired at chosen instants through the scheduler and worker, against the Stripe stub.
 */
class PendingPaymentTimelineTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);
    /** Three hours after {@link PaymentsTestKit#NOW}: inside the T-12h line, so only the 30-minute rule applies. */
    private static final Instant START = PaymentsTestKit.NOW.plus(Duration.ofHours(3));
    private static final String OTHER_CARD = "pm_1QJ9Bz2eZvKYlo2COtherCard";

    private final PaymentWorkflowTestKit kit = new PaymentWorkflowTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void checkoutsAuthorizationConfirmsThePendingBookingInTheSameTransactionAndEmitsBookingConfirmed() {
        String booking = kit.pendingCheckedOut(START, 0);
        kit.stripeAuthorizes(booking, PaymentsTestKit.NOW.plus(Duration.ofDays(7)));

        AuthorizationOutcome outcome = kit.authorization.authorizeNow(booking);

        assertThat(outcome.paymentStatus()).isEqualTo("authorized");
        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsExactly("booking:" + booking + ":authorize:1");
        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(kit.base.count("SELECT count(*) AS n FROM bookings WHERE id = ? AND confirmed_at = ?", booking,
                PaymentsTestKit.NOW)).isOne();
        assertThat(kit.outboxEvents(booking, AuthorizationStep.BOOKING_CONFIRMED_EVENT)).isOne();
        assertThat(kit.paymentColumn(booking, "status || ' ' || payment_intent_id"))
                .isEqualTo("authorized " + intentId(booking));
        // nothing left for the scheduler, now or 30 minutes later
        assertThat(kit.runAt(PaymentsTestKit.NOW.plus(THIRTY_MINUTES))).isEmpty();
        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aCheckoutWhoseAttemptWasLeftToTheSchedulerIsConfirmedByTheWorker() {
        String booking = kit.pendingCheckedOut(START, 0);
        kit.stripeAuthorizes(booking, PaymentsTestKit.NOW.plus(Duration.ofDays(7)));

        assertThat(of(kit.runAt(PaymentsTestKit.NOW), booking, PaymentAction.AUTHORIZE))
                .containsExactly(ActionResult.AUTHORIZED);

        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(kit.outboxEvents(booking, AuthorizationStep.BOOKING_CONFIRMED_EVENT)).isOne();
    }

    @Test
    void whenStripeDoesNotAnswerConclusivelyCheckoutLeavesTheAttemptToTheSchedulerWithTheSameKey() {
        String booking = kit.pendingCheckedOut(START, 0);
        kit.stripe.rateLimit(AUTHORIZE_PATH);

        assertThat(kit.authorization.authorizeNow(booking).paymentStatus()).isEqualTo("authorizing");
        assertThat(kit.bookingStatus(booking)).isEqualTo("PENDING");

        kit.stripeAuthorizes(booking, PaymentsTestKit.NOW.plus(Duration.ofDays(7)));
        Instant resumed = PaymentsTestKit.NOW.plus(RetryPolicy.ABANDONED_CLAIM);
        assertThat(kit.runAt(resumed.minus(SECOND))).isEmpty();
        assertThat(of(kit.runAt(resumed), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);
        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsOnly("booking:" + booking + ":authorize:1");
        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aDeclinedCardIsNotRetriedAndTheBookingFailsExactly30MinutesAfterTheAttemptWithItsCreditsBack() {
        String booking = kit.pendingCheckedOut(START, 2_000);
        assertThat(kit.reservedCredits()).isEqualTo(2_000);
        kit.stripe.declineCard(AUTHORIZE_PATH, "insufficient_funds", intentId(booking));
        Instant attempt = PaymentsTestKit.NOW.plus(Duration.ofMinutes(2));
        kit.base.clock.set(attempt);

        AuthorizationOutcome outcome = kit.authorization.authorizeNow(booking);

        assertThat(outcome.paymentStatus()).isEqualTo("payment_method_required");
        assertThat(outcome.errorCode()).isEqualTo("insufficient_funds");
        assertThat(outcome.requiresAction()).isFalse();
        assertThat(kit.bookingStatus(booking)).isEqualTo("PENDING");
        assertThat(kit.paymentColumn(booking, "(next_auth_attempt_at IS NULL) || ' ' || auth_last_attempt_at"))
                .as("no automatic retry").startsWith("true ");
        Instant failure = attempt.plus(THIRTY_MINUTES);

        var before = kit.runAt(failure.minus(SECOND));
        assertThat(before).as("no retry, no T-13h warning, no T-12h failure for a PENDING booking").isEmpty();
        assertThat(kit.bookingStatus(booking)).isEqualTo("PENDING");

        var at = kit.runAt(failure);
        assertThat(of(at, booking, PaymentAction.FAIL_PENDING)).containsExactly(ActionResult.PAYMENT_FAILED);
        assertThat(kit.bookingStatus(booking)).isEqualTo("PAYMENT_FAILED");
        assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome"))
                .isEqualTo("settled payment_failed_no_charge");
        assertThat(kit.reservedCredits()).isZero();
        assertThat(kit.availableCredits()).isEqualTo(2_000);
        assertThat(kit.ledgerRows(booking, "payment_failed_no_charge")).isOne();
        assertThat(kit.outboxEvents(booking, DeadlineSteps.PAYMENT_FAILED_EVENT)).isOne();
        assertThat(kit.stripe.posts(AUTHORIZE_PATH)).hasSize(1);
        assertThat(kit.runAt(failure.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void afterADeclineTheStudentSwapsTheCardAndTheImmediateRetrySucceedsWithTheNextKey() {
        String booking = kit.pendingCheckedOut(START, 0);
        kit.stripe.declineCard(AUTHORIZE_PATH, "generic_decline", intentId(booking));
        kit.authorization.authorizeNow(booking);
        kit.stripeAuthorizesWhenBodyContains(booking, OTHER_CARD, PaymentsTestKit.NOW.plus(Duration.ofDays(7)));
        kit.base.clock.set(PaymentsTestKit.NOW.plus(Duration.ofMinutes(20)));

        AuthorizationOutcome retried = kit.authorization.retryWithCard(booking, OTHER_CARD).orElseThrow();

        assertThat(retried.paymentStatus()).isEqualTo("authorized");
        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsExactly(
                "booking:" + booking + ":authorize:1", "booking:" + booking + ":authorize:2");
        assertThat(form(kit.stripe.posts(AUTHORIZE_PATH).get(1))).containsEntry("payment_method", OTHER_CARD);
        assertThat(kit.paymentColumn(booking, "status || ' ' || payment_method_id || ' ' || auth_attempts"))
                .isEqualTo("authorized " + OTHER_CARD + " 2");
        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(kit.ledgerRows(booking, "payment_method_changed")).isOne();
        assertThat(kit.runAt(PaymentsTestKit.NOW.plus(THIRTY_MINUTES))).isEmpty();
        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aSwappedCardDeclinedAgainRestartsTheThirtyMinutes() {
        String booking = kit.pendingCheckedOut(START, 0);
        kit.stripe.declineCard(AUTHORIZE_PATH, "generic_decline", intentId(booking));
        kit.authorization.authorizeNow(booking);
        Instant second = PaymentsTestKit.NOW.plus(Duration.ofMinutes(20));
        kit.base.clock.set(second);

        assertThat(kit.authorization.retryWithCard(booking, OTHER_CARD).orElseThrow().paymentStatus())
                .isEqualTo("payment_method_required");

        assertThat(kit.runAt(PaymentsTestKit.NOW.plus(THIRTY_MINUTES))).isEmpty();
        assertThat(kit.runAt(second.plus(THIRTY_MINUTES).minus(SECOND))).isEmpty();
        assertThat(of(kit.runAt(second.plus(THIRTY_MINUTES)), booking, PaymentAction.FAIL_PENDING))
                .containsExactly(ActionResult.PAYMENT_FAILED);
    }

    @Test
    void aPendingBookingNeverCheckedOutFails30MinutesAfterItWasBooked() {
        String booking = kit.pendingBooking(START);

        assertThat(kit.runAt(PaymentsTestKit.NOW.plus(THIRTY_MINUTES).minus(SECOND))).isEmpty();
        assertThat(kit.bookingStatus(booking)).isEqualTo("PENDING");

        assertThat(of(kit.runAt(PaymentsTestKit.NOW.plus(THIRTY_MINUTES)), booking, PaymentAction.FAIL_PENDING))
                .containsExactly(ActionResult.PAYMENT_FAILED);
        assertThat(kit.bookingStatus(booking)).isEqualTo("PAYMENT_FAILED");
        assertThat(kit.base.count("SELECT count(*) AS n FROM booking_payments WHERE booking_id = ?", booking))
                .isZero();
        assertThat(kit.ledgerRows(booking, "payment_failed_no_charge")).isOne();
        assertThat(kit.outboxEvents(booking, DeadlineSteps.PAYMENT_FAILED_EVENT)).isOne();
    }

    @Test
    void aCheckoutCommittedAfterTheSchedulerFoundTheBookingDueKeepsItAlive() {
        String booking = kit.pendingBooking(START);
        Instant due = PaymentsTestKit.NOW.plus(THIRTY_MINUTES);
        kit.base.clock.set(due);
        List<PaymentActionMessage> found = kit.scheduler.due(due).stream()
                .filter(message -> message.bookingId().equals(booking)).toList();
        assertThat(found).extracting(PaymentActionMessage::action).containsExactly(PaymentAction.FAIL_PENDING);

        kit.setup.schedule(booking, PaymentWorkflowTestKit.CUSTOMER, PaymentWorkflowTestKit.CARD, 0);

        assertThat(kit.processor.process(found.get(0))).isEqualTo(ActionResult.SKIPPED);
        assertThat(kit.bookingStatus(booking)).isEqualTo("PENDING");
    }

    @Test
    void aCardSwapClaimedAfterTheSchedulerFoundTheFailureDueWinsOverIt() {
        String booking = kit.pendingCheckedOut(START, 0);
        kit.stripe.declineCard(AUTHORIZE_PATH, "generic_decline", intentId(booking));
        kit.authorization.authorizeNow(booking);
        Instant due = PaymentsTestKit.NOW.plus(THIRTY_MINUTES);
        kit.base.clock.set(due);
        List<PaymentActionMessage> found = kit.scheduler.due(due).stream()
                .filter(message -> message.bookingId().equals(booking)).toList();
        kit.stripeAuthorizesWhenBodyContains(booking, OTHER_CARD, due.plus(Duration.ofDays(7)));

        assertThat(kit.authorization.retryWithCard(booking, OTHER_CARD).orElseThrow().authorized()).isTrue();

        assertThat(found).singleElement().satisfies(message ->
                assertThat(kit.processor.process(message)).isEqualTo(ActionResult.SKIPPED));
        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(kit.paymentColumn(booking, "status")).isEqualTo("authorized");
    }

    @Test
    void aScheduledPaymentIsNotClaimedByTheCardSwapRetry() {
        String booking = kit.pendingCheckedOut(START, 0);

        assertThat(kit.authorization.retryWithCard(booking, OTHER_CARD)).isEmpty();
        assertThat(kit.paymentColumn(booking, "status || ' ' || payment_method_id"))
                .isEqualTo("scheduled " + PaymentWorkflowTestKit.CARD);
    }

    @Test
    void theT12hFailureOfAConfirmedBookingGivesItsReservedCreditsBack() {
        Instant start = PaymentsTestKit.NOW.plus(Duration.ofDays(3));
        String booking = kit.scheduledBooking(start);
        kit.issueCredit(1_500);
        kit.reserve(booking, 1_500);
        kit.stripe.declineCard(AUTHORIZE_PATH, "generic_decline", intentId(booking));
        kit.runAt(start.minus(Duration.ofHours(24)));
        assertThat(kit.reservedCredits()).isEqualTo(1_500);

        assertThat(of(kit.runAt(start.minus(Duration.ofHours(12))), booking, PaymentAction.FAIL))
                .containsExactly(ActionResult.PAYMENT_FAILED);

        assertThat(kit.reservedCredits()).isZero();
        assertThat(kit.availableCredits()).isEqualTo(1_500);
    }
}
