package com.instainstru.payments.disputes;

import com.instainstru.payments.credits.CreditClawback;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.DisputeResult;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.PaidBooking;
import com.instainstru.payments.webhooks.PaidBookingRepository;
import com.instainstru.payments.workflow.ManualReview;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Chargebacks (reference §11, §15): brings our records in line with the dispute as Stripe holds it now, whatever
 * event announced it and in whatever order. Opening happens once per dispute: the payment goes to manual_review
 * ({@code dispute_opened}), the credits the booking produced are frozen and, when some were already spent, the
 * student is blocked from booking ({@code credit_balance_frozen}). Closing happens once: won (or an inquiry closed)
 * unfreezes them, lost revokes them. The payment stays in manual_review either way: operations close it.
 */
@ApplicationScoped
public class DisputeSync {

    public static final String OPENED_EVENT = "payment.dispute_opened";
    public static final String CLOSED_EVENT = "payment.dispute_closed";
    static final String REASON = "dispute_opened";
    private static final Logger LOG = Logger.getLogger(DisputeSync.class);

    private final StripeGateway stripe;
    private final PaidBookingRepository payments;
    private final DisputeRepository disputes;
    private final CreditLedger credits;
    private final ManualReview manualReview;
    private final PaymentEventRepository ledger;
    private final OutboxService outbox;
    private final Transactions tx;
    private final Clock clock;

    public DisputeSync(StripeGateway stripe, PaidBookingRepository payments, DisputeRepository disputes,
            CreditLedger credits, ManualReview manualReview, PaymentEventRepository ledger, OutboxService outbox,
            Transactions tx, Clock clock) {
        this.stripe = stripe;
        this.payments = payments;
        this.disputes = disputes;
        this.credits = credits;
        this.manualReview = manualReview;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public void sync(String disputeId) {
        DisputeResult dispute = stripe.retrieveDispute(disputeId);
        String paymentIntentId = dispute.paymentIntentId() != null ? dispute.paymentIntentId()
                : dispute.chargeId() == null ? null : stripe.retrieveCharge(dispute.chargeId()).paymentIntentId();
        if (paymentIntentId == null) {
            LOG.infof("Stripe dispute %s names no PaymentIntent: not a booking's", disputeId);
            return;
        }
        tx.run(() -> {
            Optional<PaidBooking> payment = payments.lockByPaymentIntent(paymentIntentId);
            if (payment.isEmpty()) {
                LOG.infof("Stripe dispute %s is on PaymentIntent %s, which is no booking's", disputeId,
                        paymentIntentId);
                return;
            }
            Instant now = clock.instant();
            if (disputes.insertIfNew(dispute, payment.get(), now)) {
                open(dispute, payment.get(), now);
            }
            if (dispute.closed()) {
                disputes.closeIfOpen(dispute.id(), dispute.status(), now)
                        .ifPresent(closed -> close(dispute, closed, now));
            } else {
                disputes.updateOpenStatus(dispute.id(), dispute.status(), now);
            }
        });
    }

    private void open(DisputeResult dispute, PaidBooking payment, Instant now) {
        String bookingId = payment.bookingId();
        manualReview.fromStripe(bookingId, REASON, dispute.id(),
                Map.of("paymentStatusBefore", payment.paymentStatus()));
        CreditClawback clawback = credits.freeze(bookingId);
        disputes.recordCredits(dispute.id(), clawback.changedCents(), clawback.alreadySpentCents(), now);
        if (clawback.alreadySpentCents() > 0) {
            disputes.setCreditBalanceFrozen(payment.studentId(), true, now);
        }
        ledger.append(bookingId, "dispute_opened", dispute.amountCents(), dispute.id(), null,
                Map.of("reason", String.valueOf(dispute.reason()), "stripeStatus", dispute.status(),
                        "creditsFrozenCents", clawback.changedCents(),
                        "creditsAlreadySpentCents", clawback.alreadySpentCents()), now);
        outbox.emit(OPENED_EVENT, "booking", bookingId, new DisputeOpened(bookingId, payment.studentId(),
                dispute.id(), dispute.amountCents(), clawback.changedCents(), clawback.alreadySpentCents()));
    }

    private void close(DisputeResult dispute, DisputeRepository.ClosedDispute closed, Instant now) {
        String bookingId = closed.bookingId();
        int unfrozen = 0;
        int revoked = 0;
        if (dispute.lost()) {
            revoked = credits.revokeFrozen(bookingId);
        } else {
            unfrozen = credits.unfreeze(bookingId);
        }
        // the block is lifted only if this dispute set it and no other open or lost one keeps it
        if (closed.spentCreditCents() > 0 && !disputes.keepsBalanceNegative(closed.studentId())) {
            disputes.setCreditBalanceFrozen(closed.studentId(), false, now);
        }
        ledger.append(bookingId, "dispute_closed", dispute.amountCents(), dispute.id(), null,
                Map.of("stripeStatus", dispute.status(), "creditsUnfrozenCents", unfrozen,
                        "creditsRevokedCents", revoked), now);
        outbox.emit(CLOSED_EVENT, "booking", bookingId, new DisputeClosed(bookingId, closed.studentId(),
                dispute.id(), dispute.status(), unfrozen, revoked));
    }

    public record DisputeOpened(String bookingId, String studentId, String disputeId, int amountCents,
            int creditsFrozenCents, int creditsAlreadySpentCents) {
    }

    public record DisputeClosed(String bookingId, String studentId, String disputeId, String stripeStatus,
            int creditsUnfrozenCents, int creditsRevokedCents) {
    }
}
