package com.instainstru.payments.workflow;

import com.instainstru.payments.stripe.PaymentIntentResult;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.PaidBooking;
import com.instainstru.payments.webhooks.PaidBookingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * When the hold our payment still counts on is gone at Stripe (it expired, or was cancelled from the dashboard), the
 * payment is authorized afresh at once, as the workflow's own expiry does ({@link DeadlineSteps#expireCanceledByStripe}).
 * Any other row (cancelled by our own settlement, never ours) is left alone, without asking Stripe.
 */
@ApplicationScoped
public class CanceledAuthorizations {

    private final PaidBookingRepository payments;
    private final StripeGateway stripe;
    private final DeadlineSteps deadlines;

    public CanceledAuthorizations(PaidBookingRepository payments, StripeGateway stripe, DeadlineSteps deadlines) {
        this.payments = payments;
        this.stripe = stripe;
        this.deadlines = deadlines;
    }

    public ActionResult reconcile(String paymentIntentId) {
        Optional<PaidBooking> payment = payments.findByPaymentIntent(paymentIntentId)
                .filter(found -> "authorized".equals(found.paymentStatus()));
        if (payment.isEmpty()) {
            return ActionResult.SKIPPED;
        }
        PaymentIntentResult intent = stripe.retrievePaymentIntent(paymentIntentId);
        if (!"canceled".equals(intent.status())) {
            return ActionResult.SKIPPED;
        }
        return deadlines.expireCanceledByStripe(payment.get().bookingId(), intent.id());
    }
}
