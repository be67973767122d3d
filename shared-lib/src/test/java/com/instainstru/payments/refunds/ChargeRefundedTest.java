package com.instainstru.payments.refunds;

import static com.instainstru.payments.webhooks.StripeWebhookTestKit.chargeOf;
import static com.instainstru.payments.webhooks.StripeWebhookTestKit.intentOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.webhooks.StripeWebhookTestKit;
import com.instainstru.payments.webhooks.schema.WebhookReceipt;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * charge.refunded through the webhook service: every refund of the re-fetched charge is in the ledger once, and a
 * booking refunded in full loses the loyalty credit it triggered and gives back the credits spent on it, once.
 */
class ChargeRefundedTest {

    private StripeWebhookTestKit kit;
    private String fifthLesson;

    @BeforeEach
    void fifthCompletedLessonWithAMilestoneAndSpentCredits() {
        kit = new StripeWebhookTestKit();
        for (int lesson = 1; lesson <= 4; lesson++) {
            kit.settledBooking(PaymentsTestKit.NOW.minus(Duration.ofDays(20 - lesson)));
        }
        fifthLesson = kit.settledBooking(PaymentsTestKit.NOW.minus(Duration.ofDays(2)));
        // $20 of credits paid part of the fifth lesson, which then earned the $10 milestone credit
        kit.credits.adjust(kit.student, 2_000, null);
        kit.credits.reserve(kit.student, fifthLesson, 2_000, 12_000);
        kit.credits.apply(fifthLesson);
        assertThat(kit.loyalty.awardMilestone(kit.student, fifthLesson).newlyAwarded()).isTrue();
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aFullRefundMadeInTheDashboardRevokesTheMilestoneAndReinstatesTheSpentCreditsOnce() {
        String refund = StripeObjects.refund("re_" + fifthLesson, intentOf(fifthLesson), 13_440, "succeeded");
        kit.stripe.answerGet("/v1/charges/" + chargeOf(fifthLesson),
                StripeObjects.chargeWithRefunds(chargeOf(fifthLesson), intentOf(fifthLesson), 13_440, refund));

        String first = kit.deliverNew("charge.refunded", charge());
        WebhookReceipt replay = kit.deliver(first);
        kit.deliverNew("charge.refunded", charge());

        assertThat(replay.duplicate()).isTrue();
        assertThat(kit.base.count("""
                SELECT count(*)::int AS n FROM payment_events
                 WHERE booking_id = ? AND event_type = 'refund' AND stripe_object_id = ? AND amount_cents = 13440
                """, fifthLesson, "re_" + fifthLesson)).isEqualTo(1);
        assertThat(kit.creditCents(fifthLesson, "revoked")).isEqualTo(1_000);
        assertThat(kit.base.count("""
                SELECT coalesce(sum(amount_cents), 0)::int AS n FROM platform_credits
                 WHERE source_booking_id = ? AND source_type = 'refund_reinstatement' AND status = 'available'
                """, fifthLesson)).isEqualTo(2_000);
        assertThat(kit.ledgerRows(fifthLesson, "milestone_credit_revoked")).isEqualTo(1);
        assertThat(kit.ledgerRows(fifthLesson, "credits_reinstated")).isEqualTo(1);
        assertThat(kit.outboxEvents(fifthLesson, RefundReconciliation.RECORDED_EVENT)).isEqualTo(1);
        // a refund moves no authorization or capture: the payment's status is left alone
        assertThat(kit.paymentColumn(fifthLesson, "status")).isEqualTo("settled");
    }

    @Test
    void partialRefundsAreRecordedOnceEachWhateverTheOrderAndLeaveTheCreditsAlone() {
        String older = StripeObjects.refund("re_older" + fifthLesson, intentOf(fifthLesson), 4_000, "succeeded");
        String newer = StripeObjects.refund("re_newer" + fifthLesson, intentOf(fifthLesson), 3_000, "pending");
        String failed = StripeObjects.refund("re_failed" + fifthLesson, intentOf(fifthLesson), 1_000, "failed");
        // the event of the older refund is delivered last: by then Stripe's charge holds both
        kit.stripe.answerGet("/v1/charges/" + chargeOf(fifthLesson), StripeObjects.chargeWithRefunds(
                chargeOf(fifthLesson), intentOf(fifthLesson), 13_440, newer, older, failed));

        kit.deliverNew("charge.refunded", charge());
        kit.deliverNew("charge.refunded", charge());

        assertThat(kit.ledgerRows(fifthLesson, "refund")).isEqualTo(2);
        assertThat(kit.base.count("SELECT coalesce(sum(amount_cents), 0)::int AS n FROM payment_events"
                + " WHERE booking_id = ? AND event_type = 'refund'", fifthLesson)).isEqualTo(7_000);
        assertThat(kit.creditCents(fifthLesson, "available")).isEqualTo(1_000);
        assertThat(kit.creditCents(fifthLesson, "revoked")).isZero();
        assertThat(kit.ledgerRows(fifthLesson, "credits_reinstated")).isZero();
    }

    @Test
    void aChargeOfNoBookingChangesNothing() {
        kit.stripe.answerGet("/v1/charges/ch_1NotOurs", StripeObjects.chargeWithRefunds("ch_1NotOurs", "pi_1NotOurs",
                500, StripeObjects.refund("re_1NotOurs", "pi_1NotOurs", 500, "succeeded")));

        kit.deliverNew("charge.refunded", StripeObjects.chargeWithRefunds("ch_1NotOurs", "pi_1NotOurs", 500));

        assertThat(kit.base.count("SELECT count(*)::int AS n FROM payment_events WHERE stripe_object_id = 're_1NotOurs'"))
                .isZero();
    }

    private String charge() {
        // the payload is what Stripe sent; only the re-fetched charge counts
        return StripeObjects.chargeWithRefunds(chargeOf(fifthLesson), intentOf(fifthLesson), 13_440);
    }
}
