package com.instainstru.payments.disputes;

import static com.instainstru.payments.webhooks.StripeWebhookTestKit.chargeOf;
import static com.instainstru.payments.webhooks.StripeWebhookTestKit.intentOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.credits.CreditSource;
import com.instainstru.payments.webhooks.StripeWebhookTestKit;
import com.instainstru.payments.webhooks.schema.WebhookReceipt;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * charge.dispute.* through the webhook service: the dispute is re-fetched from Stripe, the payment goes to
 * manual_review, the booking's credits are frozen, and the student is blocked while spent credits leave the balance
 * negative; closing unfreezes (won) or revokes (lost). Deliveries in any order and repeated change nothing more.
 */
class DisputeEventsTest {

    private StripeWebhookTestKit kit;
    private String bookingId;
    private String disputeId;

    @BeforeEach
    void settledBookingWithCredits() {
        kit = new StripeWebhookTestKit();
        bookingId = kit.settledBooking(PaymentsTestKit.NOW.minus(Duration.ofDays(3)));
        disputeId = "du_" + bookingId;
        // two credits came from this booking: $10 already spent on another lesson, $15 still available
        kit.credits.issue(kit.student, 1_000, CreditSource.CANCELLATION, bookingId);
        kit.credits.reserve(kit.student, kit.scheduledBooking(), 1_000, 12_000);
        kit.base.clock.advance(Duration.ofSeconds(1));
        kit.credits.issue(kit.student, 1_500, CreditSource.CANCELLATION, bookingId);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aDisputeHandsThePaymentToOperationsFreezesItsCreditsAndBlocksTheStudent() {
        stripeHolds("needs_response");
        String created = kit.deliverNew("charge.dispute.created", dispute("warning_needs_response"));

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("manual_review");
        assertThat(kit.paymentColumn(bookingId, "manual_review_reason")).isEqualTo("dispute_opened");
        // a settled payment keeps its outcome (V7 allows it in manual_review)
        assertThat(kit.paymentColumn(bookingId, "settlement_outcome")).isEqualTo("lesson_completed_full_payout");
        assertThat(kit.creditCents(bookingId, "frozen")).isEqualTo(1_500);
        assertThat(kit.creditCents(bookingId, "reserved")).isEqualTo(1_000);
        assertThat(kit.creditBalanceFrozen(kit.student)).isTrue();
        assertThat(kit.ledgerRows(bookingId, "dispute_opened")).isEqualTo(1);
        assertThat(kit.ledgerRows(bookingId, "manual_review")).isEqualTo(1);
        assertThat(kit.outboxEvents(bookingId, DisputeSync.OPENED_EVENT)).isEqualTo(1);
        assertThat(kit.outboxEvents(bookingId, "payment.manual_review")).isEqualTo(1);
        assertThat(kit.base.count("""
                SELECT count(*)::int AS n FROM payment_disputes
                 WHERE dispute_id = ? AND booking_id = ? AND stripe_status = 'needs_response' AND amount_cents = 13440
                   AND frozen_credit_cents = 1500 AND spent_credit_cents = 1000 AND closed_at IS NULL
                """, disputeId, bookingId)).isEqualTo(1);

        // the same event again, and another event about the same dispute: nothing more happens
        assertThat(kit.deliver(created)).isEqualTo(new WebhookReceipt(true, true));
        stripeHolds("under_review");
        kit.deliverNew("charge.dispute.updated", dispute("under_review"));

        assertThat(kit.ledgerRows(bookingId, "dispute_opened")).isEqualTo(1);
        assertThat(kit.ledgerRows(bookingId, "manual_review")).isEqualTo(1);
        assertThat(kit.outboxEvents(bookingId, DisputeSync.OPENED_EVENT)).isEqualTo(1);
        assertThat(kit.creditCents(bookingId, "frozen")).isEqualTo(1_500);
        assertThat(kit.base.count("SELECT count(*)::int AS n FROM payment_disputes WHERE dispute_id = ?"
                + " AND stripe_status = 'under_review'", disputeId)).isEqualTo(1);
        assertThat(kit.stripe.gets("/v1/disputes/" + disputeId)).hasSize(2);
    }

    @Test
    void aWonDisputeUnfreezesTheCreditsAndLiftsTheBlockButThePaymentStaysWithOperations() {
        stripeHolds("needs_response");
        kit.deliverNew("charge.dispute.created", dispute("needs_response"));
        stripeHolds("won");
        String closed = kit.deliverNew("charge.dispute.closed", dispute("won"));
        kit.deliver(closed);
        kit.deliverNew("charge.dispute.closed", dispute("won"));

        assertThat(kit.creditCents(bookingId, "available")).isEqualTo(1_500);
        assertThat(kit.creditCents(bookingId, "frozen")).isZero();
        assertThat(kit.creditBalanceFrozen(kit.student)).isFalse();
        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("manual_review");
        assertThat(kit.ledgerRows(bookingId, "dispute_closed")).isEqualTo(1);
        assertThat(kit.outboxEvents(bookingId, DisputeSync.CLOSED_EVENT)).isEqualTo(1);
    }

    @Test
    void aLostDisputeDeliveredBeforeItsCreationOpensAndClosesItOnceAndKeepsTheStudentBlocked() {
        stripeHolds("lost");
        kit.deliverNew("charge.dispute.closed", dispute("lost"));
        kit.deliverNew("charge.dispute.created", dispute("needs_response"));
        kit.deliverNew("charge.dispute.funds_withdrawn", dispute("needs_response"));

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("manual_review");
        assertThat(kit.creditCents(bookingId, "revoked")).isEqualTo(1_500);
        assertThat(kit.creditCents(bookingId, "frozen")).isZero();
        // the $10 spent before the dispute is still owed: new bookings stay blocked until operations clear it
        assertThat(kit.creditBalanceFrozen(kit.student)).isTrue();
        assertThat(kit.ledgerRows(bookingId, "dispute_opened")).isEqualTo(1);
        assertThat(kit.ledgerRows(bookingId, "dispute_closed")).isEqualTo(1);
        assertThat(kit.base.count("SELECT count(*)::int AS n FROM payment_disputes WHERE dispute_id = ?"
                + " AND stripe_status = 'lost' AND closed_at IS NOT NULL", disputeId)).isEqualTo(1);
    }

    @Test
    void theBlockIsLiftedOnlyWhenNoOtherDisputeOfTheStudentKeepsIt() {
        String other = kit.settledBooking(PaymentsTestKit.NOW.minus(Duration.ofDays(2)));
        // issued a day earlier, so it expires first and is the one the next reservation takes
        kit.base.clock.set(PaymentsTestKit.NOW.minus(Duration.ofDays(1)));
        kit.credits.issue(kit.student, 700, CreditSource.CANCELLATION, other);
        kit.base.clock.set(PaymentsTestKit.NOW.plus(Duration.ofSeconds(2)));
        kit.credits.reserve(kit.student, kit.scheduledBooking(), 700, 12_000);
        stripeHolds("needs_response");
        kit.stripe.answerGet("/v1/disputes/du_" + other, StripeObjects.dispute("du_" + other, chargeOf(other),
                intentOf(other), 13_440, "needs_response"));
        kit.deliverNew("charge.dispute.created", dispute("needs_response"));
        kit.deliverNew("charge.dispute.created", StripeObjects.dispute("du_" + other, chargeOf(other),
                intentOf(other), 13_440, "needs_response"));

        stripeHolds("won");
        kit.deliverNew("charge.dispute.closed", dispute("won"));

        assertThat(kit.creditBalanceFrozen(kit.student)).isTrue();
    }

    @Test
    void twoEventsAboutOneDisputeDeliveredAtOnceOpenItOnce() throws Exception {
        stripeHolds("needs_response");
        String created = StripeWebhookTestKit.event(StripeWebhookTestKit.newEventId(), "charge.dispute.created", null,
                dispute("needs_response"));
        String updated = StripeWebhookTestKit.event(StripeWebhookTestKit.newEventId(), "charge.dispute.updated", null,
                dispute("needs_response"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<WebhookReceipt>> deliveries = List.of(
                    threads.submit(() -> {
                        start.await();
                        return kit.deliver(created);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return kit.deliver(updated);
                    }));
            start.countDown();
            for (Future<WebhookReceipt> delivery : deliveries) {
                assertThat(delivery.get(10, TimeUnit.SECONDS).duplicate()).isFalse();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(kit.ledgerRows(bookingId, "dispute_opened")).isEqualTo(1);
        assertThat(kit.ledgerRows(bookingId, "manual_review")).isEqualTo(1);
        assertThat(kit.creditCents(bookingId, "frozen")).isEqualTo(1_500);
        assertThat(kit.base.count("SELECT spent_credit_cents AS n FROM payment_disputes WHERE dispute_id = ?",
                disputeId)).isEqualTo(1_000);
    }

    @Test
    void aDisputeWithoutAPaymentIntentIsMatchedThroughItsCharge() {
        kit.stripe.answerGet("/v1/disputes/" + disputeId, StripeObjects.dispute(disputeId, chargeOf(bookingId), null,
                13_440, "needs_response"));
        kit.stripe.answerGet("/v1/charges/" + chargeOf(bookingId),
                StripeObjects.chargeWithRefunds(chargeOf(bookingId), intentOf(bookingId), 13_440));

        kit.deliverNew("charge.dispute.created", dispute("needs_response"));

        assertThat(kit.paymentColumn(bookingId, "status")).isEqualTo("manual_review");
        assertThat(kit.stripe.gets("/v1/charges/" + chargeOf(bookingId)).get(0).getUrl()).contains("expand");
    }

    @Test
    void aDisputeOnAPaymentIntentThatIsNoBookingsChangesNothing() {
        kit.stripe.answerGet("/v1/disputes/du_1NotOurs", StripeObjects.dispute("du_1NotOurs", "ch_1NotOurs",
                "pi_1NotOurs", 500, "needs_response"));

        WebhookReceipt receipt = kit.deliver(StripeWebhookTestKit.event(StripeWebhookTestKit.newEventId(),
                "charge.dispute.created", null, StripeObjects.dispute("du_1NotOurs", "ch_1NotOurs", "pi_1NotOurs",
                        500, "needs_response")));

        assertThat(receipt.duplicate()).isFalse();
        assertThat(kit.base.count("SELECT count(*)::int AS n FROM payment_disputes WHERE dispute_id = 'du_1NotOurs'"))
                .isZero();
    }

    /** Stripe's dispute on this booking's charge, as the re-fetch finds it now. */
    private void stripeHolds(String status) {
        kit.stripe.answerGet("/v1/disputes/" + disputeId, dispute(status));
    }

    private String dispute(String status) {
        return StripeObjects.dispute(disputeId, chargeOf(bookingId), intentOf(bookingId), 13_440, status);
    }
}
