package com.instainstru.payments.workflow;

import static com.instainstru.payments.webhooks.StripeWebhookTestKit.intentOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.webhooks.StripeWebhookTestKit;
import com.instainstru.testsupport.stripe.StripeObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * payment_intent.* through the webhook service: a hold Stripe cancelled is authorized afresh (as the workflow's
 * expiry does); the worker's own transitions are only checked against Stripe, and money captured without us hands
 * the payment to operations.
 */
class PaymentIntentEventsTest {

    private StripeWebhookTestKit kit;

    @BeforeEach
    void kit() {
        kit = new StripeWebhookTestKit();
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aHoldStripeCancelledIsAuthorizedAfreshNowOnce() {
        String bookingId = kit.authorizedBooking();
        stripeHolds(bookingId, "canceled");

        String event = kit.deliverNew("payment_intent.canceled", intent(bookingId, "canceled"));
        kit.deliver(event);
        kit.deliverNew("payment_intent.canceled", intent(bookingId, "canceled"));

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("payment_method_required");
        assertThat(kit.paymentColumn(bookingId, "auth_last_error_code")).isEqualTo("auth_expired");
        assertThat(kit.paymentColumn(bookingId, "next_auth_attempt_at = '" + PaymentsTestKit.NOW + "'"))
                .isEqualTo("true");
        assertThat(kit.ledgerRows(bookingId, "auth_expired")).isEqualTo(1);
        assertThat(kit.outboxEvents(bookingId, DeadlineSteps.EXPIRED_EVENT)).isEqualTo(1);
    }

    @Test
    void aCancelledIntentOurPaymentDoesNotHoldIsLeftAloneWithoutAskingStripe() {
        String bookingId = kit.authorizedBooking();
        kit.sql("UPDATE booking_payments SET status = 'manual_review', manual_review_reason = 'ops' WHERE booking_id = ?",
                bookingId);

        kit.deliverNew("payment_intent.canceled", intent(bookingId, "canceled"));
        kit.deliverNew("payment_intent.canceled", intent("01NOTOURS0000000000000000", "canceled"));

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("manual_review");
        assertThat(kit.stripe.gets("/v1/payment_intents/" + intentOf(bookingId))).isEmpty();
    }

    @Test
    void aPayloadSayingCancelledIsNotBelievedWhileStripeStillHoldsTheCard() {
        String bookingId = kit.authorizedBooking();
        stripeHolds(bookingId, "requires_capture");

        kit.deliverNew("payment_intent.canceled", intent(bookingId, "canceled"));

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("authorized");
    }

    @Test
    void moneyCapturedWithoutUsIsAMismatchForOperations() {
        String bookingId = kit.authorizedBooking();
        stripeHolds(bookingId, "succeeded");

        String event = kit.deliverNew("payment_intent.succeeded", intent(bookingId, "succeeded"));
        kit.deliver(event);

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("manual_review");
        assertThat(kit.paymentColumn(bookingId, "manual_review_reason")).isEqualTo("stripe_state_mismatch");
        assertThat(kit.ledgerRows(bookingId, "stripe_state_mismatch")).isEqualTo(1);
        assertThat(kit.outboxEvents(bookingId, ManualReview.EVENT)).isEqualTo(1);
    }

    @Test
    void eventsThatAgreeWithOurRowChangeNothing() {
        String authorized = kit.authorizedBooking();
        stripeHolds(authorized, "requires_capture");
        String settled = kit.settledBooking(PaymentsTestKit.NOW);
        stripeHolds(settled, "succeeded");

        kit.deliverNew("payment_intent.amount_capturable_updated", intent(authorized, "requires_capture"));
        kit.deliverNew("payment_intent.succeeded", intent(settled, "succeeded"));

        assertThat(kit.paymentColumn(authorized, "status")).isEqualTo("authorized");
        assertThat(kit.paymentColumn(settled, "status")).isEqualTo("settled");
        assertThat(kit.ledgerRows(authorized, "stripe_state_mismatch")).isZero();
        assertThat(kit.ledgerRows(settled, "stripe_state_mismatch")).isZero();
    }

    @Test
    void aFailedPaymentWhileWeCountOnAHoldIsRecordedButLeftToTheWorkflow() {
        String bookingId = kit.authorizedBooking();
        stripeHolds(bookingId, "requires_payment_method");

        kit.deliverNew("payment_intent.payment_failed", intent(bookingId, "requires_payment_method"));

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("authorized");
        assertThat(kit.ledgerRows(bookingId, "stripe_state_mismatch")).isEqualTo(1);
    }

    @Test
    void anIntentThatIsNoBookingsIsNotLookedUp() {
        kit.deliverNew("payment_intent.succeeded", intent("01NOTOURS0000000000000000", "succeeded"));

        assertThat(kit.stripe.gets("/v1/payment_intents/pi_01NOTOURS0000000000000000")).isEmpty();
    }

    @Test
    void theCheckAcceptsWhatTheWorkerCanLegitimatelyShow() {
        assertThat(PaymentIntentStateCheck.agrees("requires_capture", "authorizing")).isTrue();
        assertThat(PaymentIntentStateCheck.agrees("succeeded", "capturing")).isTrue();
        assertThat(PaymentIntentStateCheck.agrees("succeeded", "scheduled")).isFalse();
        assertThat(PaymentIntentStateCheck.agrees("requires_payment_method", "payment_method_required")).isTrue();
        assertThat(PaymentIntentStateCheck.agrees("requires_capture", "payment_method_required")).isFalse();
    }

    private void stripeHolds(String bookingId, String status) {
        kit.stripe.answerGet("/v1/payment_intents/" + intentOf(bookingId), intent(bookingId, status));
    }

    private String intent(String bookingId, String status) {
        return StripeObjects.forBooking(StripeObjects.paymentIntent(intentOf(bookingId), status, 13_440, 2_880,
                kit.account, null), bookingId);
    }
}
