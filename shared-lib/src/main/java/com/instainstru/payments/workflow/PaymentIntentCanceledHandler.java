package com.instainstru.payments.workflow;

import com.instainstru.payments.stripe.PaymentIntentResult;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.PaidBooking;
import com.instainstru.payments.webhooks.PaidBookingRepository;
import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * {@code payment_intent.canceled}: when the hold our payment still counts on is gone at Stripe (it expired, or was
 * cancelled from the dashboard), the payment is authorized afresh at once, as the workflow's own expiry does
 * ({@link DeadlineSteps#expireCanceledByStripe}). Any other row (cancelled by our own settlement, never ours) is
 * left alone, without asking Stripe.
 */
@ApplicationScoped
public class PaymentIntentCanceledHandler implements StripeEventHandler {

    private final PaidBookingRepository payments;
    private final StripeGateway stripe;
    private final DeadlineSteps deadlines;

    public PaymentIntentCanceledHandler(PaidBookingRepository payments, StripeGateway stripe,
            DeadlineSteps deadlines) {
        this.payments = payments;
        this.stripe = stripe;
        this.deadlines = deadlines;
    }

    @Override
    public Set<String> types() {
        return Set.of("payment_intent.canceled");
    }

    @Override
    public void handle(StripeEvent event) {
        Optional<PaidBooking> payment = Optional.ofNullable(event.objectId())
                .flatMap(payments::findByPaymentIntent)
                .filter(found -> "authorized".equals(found.paymentStatus()));
        if (payment.isEmpty()) {
            return;
        }
        PaymentIntentResult intent = stripe.retrievePaymentIntent(event.objectId());
        if ("canceled".equals(intent.status())) {
            deadlines.expireCanceledByStripe(payment.get().bookingId(), intent.id());
        }
    }
}
