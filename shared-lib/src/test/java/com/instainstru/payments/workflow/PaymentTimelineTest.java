package com.instainstru.payments.workflow;

import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.AUTHORIZE_PATH;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.capturePath;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.intentId;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.of;
import static com.instainstru.testsupport.stripe.StripeStub.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The payment timeline (reference §11), by firing the scheduler at chosen instants and draining its messages
 * through the worker against the Stripe stub: each step happens at its instant and not one second before.
 */
class PaymentTimelineTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    /** A 60-minute lesson three days after {@link PaymentsTestKit#NOW}. */
    private static final Instant START = PaymentsTestKit.NOW.plus(Duration.ofDays(3));
    private static final Instant END = START.plus(Duration.ofHours(1));
    private static final Instant T_MINUS_24H = START.minus(Duration.ofHours(24));

    private final PaymentWorkflowTestKit kit = new PaymentWorkflowTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void theCardIsAuthorizedAtExactly24HoursBeforeTheLessonAsAManualCaptureDestinationCharge() {
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, T_MINUS_24H.plus(Duration.ofDays(7)));

        assertThat(of(kit.runAt(T_MINUS_24H.minus(SECOND)), booking, PaymentAction.AUTHORIZE)).isEmpty();
        assertThat(kit.stripe.posts(AUTHORIZE_PATH)).isEmpty();

        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);

        var request = kit.stripe.onlyPost(AUTHORIZE_PATH);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("booking:" + booking + ":authorize:1");
        assertThat(form(request)).contains(entry("amount", "13440"), entry("application_fee_amount", "2880"),
                entry("capture_method", "manual"), entry("off_session", "true"), entry("confirm", "true"),
                entry("customer", PaymentWorkflowTestKit.CUSTOMER), entry("payment_method", PaymentWorkflowTestKit.CARD),
                entry("metadata[booking_id]", booking));
        assertThat(form(request).get("transfer_data[destination]")).startsWith("acct_");
        assertThat(kit.paymentColumn(booking, "status || ' ' || payment_intent_id || ' ' || auth_attempts"))
                .isEqualTo("authorized " + intentId(booking) + " 1");
        assertThat(kit.paymentColumn(booking, "capture_before = '" + T_MINUS_24H.plus(Duration.ofDays(7)) + "'"))
                .isEqualTo("true");
        assertThat(kit.ledgerRows(booking, "authorized")).isEqualTo(1);

        assertThat(of(kit.runAt(T_MINUS_24H.plus(Duration.ofMinutes(5))), booking, PaymentAction.AUTHORIZE)).isEmpty();
    }

    @Test
    void declinedAuthorizationsAreRetried1Then4ThenEvery8HoursEachWithANewKey() {
        String booking = kit.scheduledBooking(START);
        // The first attempt placed 48 h ahead (as for a lesson moved later) so that five attempts fit before T-12h.
        Instant first = START.minus(Duration.ofHours(48));
        kit.base.platform.jdbc.update("UPDATE booking_payments SET auth_scheduled_for = ? WHERE booking_id = ?",
                first, booking);
        kit.stripe.declineCard(AUTHORIZE_PATH, "insufficient_funds", intentId(booking));

        assertThat(of(kit.runAt(first), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZATION_FAILED);
        assertThat(kit.paymentColumn(booking, "status || ' ' || auth_last_error_code"))
                .isEqualTo("payment_method_required insufficient_funds");
        assertThat(kit.outboxEvents(booking, AuthorizationStep.FAILED_EVENT)).isEqualTo(1);

        Instant second = retryAfter(booking, first, Duration.ofHours(1));
        Instant third = retryAfter(booking, second, Duration.ofHours(4));
        Instant fourth = retryAfter(booking, third, Duration.ofHours(8));

        kit.stripe.reset();
        kit.stripeAuthorizes(booking, fourth.plus(Duration.ofDays(7)));
        Instant fifth = fourth.plus(Duration.ofHours(8));
        assertThat(of(kit.runAt(fifth.minus(SECOND)), booking, PaymentAction.AUTHORIZE)).isEmpty();
        assertThat(of(kit.runAt(fifth), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);
        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsExactly("booking:" + booking + ":authorize:5");
        assertThat(kit.paymentColumn(booking, "status || ' ' || auth_attempts")).isEqualTo("authorized 5");
        assertThat(kit.ledgerRows(booking, "authorization_failed")).isEqualTo(4);
        assertThat(kit.ledgerRows(booking, "authorized")).isEqualTo(1);
    }

    /** Nothing one second before {@code previous + wait}; another declined attempt at it. Returns that instant. */
    private Instant retryAfter(String booking, Instant previous, Duration wait) {
        Instant due = previous.plus(wait);
        int attemptsBefore = Integer.parseInt(kit.paymentColumn(booking, "auth_attempts"));
        assertThat(of(kit.runAt(due.minus(SECOND)), booking, PaymentAction.AUTHORIZE)).as("before %s", due).isEmpty();
        assertThat(of(kit.runAt(due), booking, PaymentAction.AUTHORIZE)).as("at %s", due)
                .containsExactly(ActionResult.AUTHORIZATION_FAILED);
        assertThat(kit.paymentColumn(booking, "auth_attempts")).isEqualTo(String.valueOf(attemptsBefore + 1));
        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).last()
                .isEqualTo("booking:" + booking + ":authorize:" + (attemptsBefore + 1));
        return due;
    }

    @Test
    void aCardStillFailingGetsOneFinalWarningAt13HoursAndTheBookingFailsWithNoChargeAt12Hours() {
        String booking = kit.scheduledBooking(START);
        kit.stripe.declineCard(AUTHORIZE_PATH, "generic_decline", intentId(booking));
        kit.runAt(T_MINUS_24H);
        Instant warning = START.minus(Duration.ofHours(13));
        Instant failure = START.minus(Duration.ofHours(12));

        assertThat(of(kit.runAt(warning.minus(SECOND)), booking, PaymentAction.WARN_FINAL)).isEmpty();
        assertThat(of(kit.runAt(warning), booking, PaymentAction.WARN_FINAL)).containsExactly(ActionResult.FINAL_WARNING_SENT);
        assertThat(of(kit.runAt(warning.plus(Duration.ofMinutes(5))), booking, PaymentAction.WARN_FINAL)).isEmpty();
        assertThat(kit.outboxEvents(booking, DeadlineSteps.FINAL_WARNING_EVENT)).isEqualTo(1);

        var beforeFailure = kit.runAt(failure.minus(SECOND));
        assertThat(of(beforeFailure, booking, PaymentAction.FAIL)).isEmpty();
        assertThat(kit.bookingStatus(booking)).isEqualTo("CONFIRMED");

        var atFailure = kit.runAt(failure);
        assertThat(of(atFailure, booking, PaymentAction.FAIL)).containsExactly(ActionResult.PAYMENT_FAILED);
        assertThat(of(atFailure, booking, PaymentAction.AUTHORIZE)).as("no retry at T-12h").isEmpty();
        assertThat(kit.bookingStatus(booking)).isEqualTo("PAYMENT_FAILED");
        assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome"))
                .isEqualTo("settled payment_failed_no_charge");
        assertThat(kit.outboxEvents(booking, DeadlineSteps.PAYMENT_FAILED_EVENT)).isEqualTo(1);
        assertThat(kit.stripe.posts("/v1/payment_intents/" + intentId(booking) + "/capture")).isEmpty();
        assertThat(kit.runAt(failure.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void aCompletedLessonIsCapturedAtExactly24HoursAfterItsEnd() {
        String booking = authorizedAndCompleted();
        kit.stripeCaptures(booking);
        Instant due = END.plus(Duration.ofHours(24));

        assertThat(of(kit.runAt(due.minus(SECOND)), booking, PaymentAction.CAPTURE)).isEmpty();
        assertThat(of(kit.runAt(due), booking, PaymentAction.CAPTURE)).containsExactly(ActionResult.CAPTURED);

        assertThat(kit.stripe.idempotencyKeys(capturePath(booking))).containsExactly("booking:" + booking + ":capture:1");
        assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome || ' ' || amount_captured_cents"))
                .isEqualTo("settled lesson_completed_full_payout 13440");
        assertThat(kit.ledgerRows(booking, "captured")).isEqualTo(1);
        assertThat(kit.outboxEvents(booking, CaptureStep.CAPTURED_EVENT)).isEqualTo(1);
    }

    @Test
    void anAuthorizationOfALessonNotYetCompletedIsNotCaptured() {
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, T_MINUS_24H.plus(Duration.ofDays(7)));
        kit.runAt(T_MINUS_24H);

        assertThat(of(kit.runAt(END.plus(Duration.ofHours(30))), booking, PaymentAction.CAPTURE)).isEmpty();
        assertThat(kit.paymentColumn(booking, "status")).isEqualTo("authorized");
    }

    @Test
    void aRefusedCaptureIsRetriedEvery4HoursAndEscalatedAfter72HoursPayingTheInstructorAndLockingTheStudent() {
        String booking = authorizedAndCompleted();
        kit.stripe.declineCard(capturePath(booking), "do_not_honor", null);
        kit.stripe.answerPost("/v1/transfers", StripeObjects.transfer("tr_advance", 10_560, kit.account,
                "booking:" + booking));
        Instant first = END.plus(Duration.ofHours(24));

        assertThat(of(kit.runAt(first), booking, PaymentAction.CAPTURE)).containsExactly(ActionResult.CAPTURE_FAILED);
        Instant previous = first;
        for (int hours = 4; hours < 72; hours += 4) {
            Instant due = first.plus(Duration.ofHours(hours));
            assertThat(of(kit.runAt(due.minus(SECOND)), booking, PaymentAction.CAPTURE)).as("before %s", due).isEmpty();
            assertThat(of(kit.runAt(due), booking, PaymentAction.CAPTURE)).as("at %s", due)
                    .containsExactly(ActionResult.CAPTURE_FAILED);
            previous = due;
        }
        assertThat(kit.paymentColumn(booking, "status || ' ' || capture_attempts")).isEqualTo("authorized 18");

        Instant escalation = previous.plus(Duration.ofHours(4));
        assertThat(of(kit.runAt(escalation), booking, PaymentAction.CAPTURE))
                .containsExactly(ActionResult.CAPTURE_ESCALATED);
        assertThat(kit.paymentColumn(booking, "status || ' ' || manual_review_reason"))
                .isEqualTo("manual_review capture_failure_instructor_paid");
        assertThat(kit.outboxEvents(booking, ManualReview.EVENT)).isEqualTo(1);
        // the instructor is paid an advance of the full payout; the student is locked out until operations collect
        var advance = kit.stripe.onlyPost("/v1/transfers");
        assertThat(form(advance)).contains(entry("amount", "10560"), entry("destination", kit.account));
        assertThat(advance.getHeader("Idempotency-Key")).isEqualTo("booking:" + booking + ":payout_transfer");
        assertThat(kit.base.count("SELECT count(*) AS n FROM users WHERE id = ? AND account_locked"
                + " AND account_locked_reason = 'capture_failure_escalated'", kit.student)).isEqualTo(1);
        assertThat(kit.stripe.idempotencyKeys(capturePath(booking))).hasSize(19).doesNotHaveDuplicates()
                .last().isEqualTo("booking:" + booking + ":capture:19");
        assertThat(kit.runAt(escalation.plus(Duration.ofHours(4)))).isEmpty();
    }

    @Test
    void anAuthorizationPastTheCardsCaptureBeforeIsExpiredAndAuthorizedAfreshWithANewKey() {
        String booking = kit.scheduledBooking(START);
        Instant captureBefore = T_MINUS_24H.plus(Duration.ofDays(5));
        kit.stripeAuthorizes(booking, captureBefore);
        kit.runAt(T_MINUS_24H);
        // The lesson moved two weeks later after the authorization (test set-up: the hold outlives its card).
        kit.base.platform.jdbc.update("""
                UPDATE bookings SET start_at = start_at + interval '14 days', end_at = end_at + interval '14 days'
                 WHERE id = ?
                """, booking);

        assertThat(of(kit.runAt(captureBefore.minus(SECOND)), booking, PaymentAction.EXPIRE)).isEmpty();
        var expiry = kit.runAt(captureBefore);
        assertThat(of(expiry, booking, PaymentAction.EXPIRE)).containsExactly(ActionResult.AUTHORIZATION_EXPIRED);
        assertThat(kit.paymentColumn(booking, "status || ' ' || auth_last_error_code"))
                .isEqualTo("payment_method_required auth_expired");
        assertThat(kit.ledgerRows(booking, "auth_expired")).isEqualTo(1);
        assertThat(kit.outboxEvents(booking, DeadlineSteps.EXPIRED_EVENT)).isEqualTo(1);

        assertThat(of(kit.runAt(captureBefore.plus(Duration.ofMinutes(5))), booking, PaymentAction.AUTHORIZE))
                .containsExactly(ActionResult.AUTHORIZED);
        assertThat(kit.stripe.idempotencyKeys(AUTHORIZE_PATH)).containsExactly(
                "booking:" + booking + ":authorize:1", "booking:" + booking + ":authorize:2");
        assertThat(kit.ledgerRows(booking, "authorized")).isEqualTo(2);
    }

    @Test
    void anAuthorizationHeldSevenDaysForALessonNotCompletedExpires() {
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, T_MINUS_24H.plus(Duration.ofDays(30)));
        kit.runAt(T_MINUS_24H);
        kit.base.platform.jdbc.update("""
                UPDATE bookings SET start_at = start_at + interval '14 days', end_at = end_at + interval '14 days'
                 WHERE id = ?
                """, booking);
        Instant sevenDays = T_MINUS_24H.plus(Duration.ofDays(7));

        assertThat(of(kit.runAt(sevenDays.minus(SECOND)), booking, PaymentAction.EXPIRE)).isEmpty();
        assertThat(of(kit.runAt(sevenDays), booking, PaymentAction.EXPIRE))
                .containsExactly(ActionResult.AUTHORIZATION_EXPIRED);
    }

    private String authorizedAndCompleted() {
        String booking = kit.scheduledBooking(START);
        kit.stripeAuthorizes(booking, T_MINUS_24H.plus(Duration.ofDays(7)));
        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);
        kit.complete(booking, END);
        return booking;
    }

}
