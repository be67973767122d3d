package com.instainstru.payments.workflow;

import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.PaymentIntentResult;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.PaidBooking;
import com.instainstru.payments.webhooks.PaidBookingRepository;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * After {@code payment_intent.succeeded}, {@code .amount_capturable_updated} or {@code .payment_failed}: the
 * workflow's worker makes these transitions itself from Stripe's answers, so this only checks that our row agrees with the
 * PaymentIntent as Stripe holds it now. A disagreement is a {@code stripe_state_mismatch} ledger row; only money
 * captured without us (Stripe says succeeded, our row knows of no capture) also hands the payment to operations.
 * Rows in flight (authorizing, capturing) are the worker's and always agree.
 */
@ApplicationScoped
public class PaymentIntentStateCheck {

    static final String MISMATCH = "stripe_state_mismatch";
    private static final Set<String> KNOWS_OF_CAPTURE = Set.of("capturing", "locked", "settled", "manual_review");
    private static final Set<String> KNOWS_OF_HOLD = Set.of("authorizing", "authorized", "capturing",
            "manual_review");

    private final PaidBookingRepository payments;
    private final StripeGateway stripe;
    private final PaymentEventRepository ledger;
    private final ManualReview manualReview;
    private final Transactions tx;
    private final Clock clock;

    public PaymentIntentStateCheck(PaidBookingRepository payments, StripeGateway stripe, PaymentEventRepository ledger,
            ManualReview manualReview, Transactions tx, Clock clock) {
        this.payments = payments;
        this.stripe = stripe;
        this.ledger = ledger;
        this.manualReview = manualReview;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code eventType} announced a change of {@code paymentIntentId}: check our row against Stripe's. */
    public void check(String eventType, String paymentIntentId) {
        if (payments.findByPaymentIntent(paymentIntentId).isEmpty()) {
            return;
        }
        PaymentIntentResult intent = stripe.retrievePaymentIntent(paymentIntentId);
        tx.run(() -> {
            Optional<PaidBooking> payment = payments.lockByPaymentIntent(intent.id());
            if (payment.isEmpty() || agrees(intent.status(), payment.get().paymentStatus())) {
                return;
            }
            String bookingId = payment.get().bookingId();
            Map<String, Object> details = Map.of("event", eventType, "stripeStatus", intent.status(),
                    "paymentStatus", payment.get().paymentStatus());
            ledger.append(bookingId, MISMATCH, intent.amountReceivedCents(), intent.id(), null, details,
                    clock.instant());
            if ("succeeded".equals(intent.status())) {
                manualReview.fromStripe(bookingId, MISMATCH, intent.id(), details);
            }
        });
    }

    /** Whether our status can be right while Stripe's PaymentIntent is in {@code stripeStatus}. */
    static boolean agrees(String stripeStatus, String paymentStatus) {
        return switch (stripeStatus) {
            case "succeeded" -> KNOWS_OF_CAPTURE.contains(paymentStatus);
            case "requires_capture" -> KNOWS_OF_HOLD.contains(paymentStatus);
            // canceled is payment_intent.canceled's; no hold and no capture: only a row holding it is wrong
            case "canceled" -> true;
            default -> !"authorized".equals(paymentStatus) && !"locked".equals(paymentStatus);
        };
    }
}
