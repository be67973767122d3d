package com.instainstru.payments.refunds;

import com.instainstru.payments.credits.CreditClawback;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.LoyaltyCreditService;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.ChargeResult;
import com.instainstru.payments.stripe.RefundResult;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.PaidBooking;
import com.instainstru.payments.webhooks.PaidBookingRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Refunds as Stripe holds them (reference §15), whoever made them (our workflow, or the dashboard): each refund of
 * a booking's charge is in the ledger once, by its id; once the charge is refunded in full, the loyalty credit the
 * booking triggered is revoked and the credits spent on it are reinstated, each once. The payment's status is left
 * as it is: a refund moves no authorization or capture.
 */
@ApplicationScoped
public class RefundReconciliation {

    public static final String RECORDED_EVENT = "payment.refund_recorded";
    // money on its way back to the card; failed and canceled refunds moved nothing
    private static final Set<String> MONEY_MOVED = Set.of("succeeded", "pending");
    private static final Logger LOG = Logger.getLogger(RefundReconciliation.class);

    private final StripeGateway stripe;
    private final PaidBookingRepository payments;
    private final PaymentEventRepository ledger;
    private final LoyaltyCreditService loyalty;
    private final CreditLedger credits;
    private final OutboxService outbox;
    private final Transactions tx;
    private final Clock clock;

    public RefundReconciliation(StripeGateway stripe, PaidBookingRepository payments, PaymentEventRepository ledger,
            LoyaltyCreditService loyalty, CreditLedger credits, OutboxService outbox, Transactions tx, Clock clock) {
        this.stripe = stripe;
        this.payments = payments;
        this.ledger = ledger;
        this.loyalty = loyalty;
        this.credits = credits;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public void reconcile(String chargeId) {
        ChargeResult charge = stripe.retrieveCharge(chargeId);
        if (charge.paymentIntentId() == null) {
            return;
        }
        tx.run(() -> {
            Optional<PaidBooking> payment = payments.lockByPaymentIntent(charge.paymentIntentId());
            if (payment.isEmpty()) {
                LOG.infof("Stripe charge %s is on PaymentIntent %s, which is no booking's", chargeId,
                        charge.paymentIntentId());
                return;
            }
            String bookingId = payment.get().bookingId();
            Instant now = clock.instant();
            for (RefundResult refund : charge.refunds()) {
                // the payment row lock makes concurrent deliveries take turns, so this check sees the other's row
                if (MONEY_MOVED.contains(refund.status()) && !ledger.hasStripeObject(bookingId, refund.id())) {
                    ledger.append(bookingId, "refund", refund.amountCents(), refund.id(), null,
                            Map.of("chargeId", charge.id(), "stripeStatus", refund.status(),
                                    "source", "charge.refunded"), now);
                    outbox.emit(RECORDED_EVENT, "booking", bookingId,
                            new RefundRecorded(bookingId, refund.id(), refund.amountCents(), charge.refunded()));
                }
            }
            if (charge.refunded()) {
                settleCreditsOfRefundedBooking(bookingId, charge.id(), now);
            }
        });
    }

    private void settleCreditsOfRefundedBooking(String bookingId, String chargeId, Instant now) {
        CreditClawback milestone = loyalty.revokeFor(bookingId);
        if (milestone.changedCents() > 0) {
            ledger.append(bookingId, "milestone_credit_revoked", milestone.changedCents(), chargeId, null,
                    Map.of("alreadySpentCents", milestone.alreadySpentCents()), now);
        }
        int reinstated = credits.reinstateSpentOn(bookingId);
        if (reinstated > 0) {
            ledger.append(bookingId, "credits_reinstated", reinstated, chargeId, null, Map.of(), now);
        }
    }

    public record RefundRecorded(String bookingId, String refundId, int amountCents, boolean chargeFullyRefunded) {
    }
}
