package com.instainstru.payments.workflow;

import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditSettlement;
import com.instainstru.payments.credits.LoyaltyCreditService;
import com.instainstru.payments.credits.MilestoneAward;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.PaymentIntentResult;
import com.instainstru.payments.stripe.RefundResult;
import com.instainstru.payments.stripe.StripeFailure;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.stripe.TransferResult;
import com.instainstru.payments.stripe.TransferReversalResult;
import com.instainstru.payments.workflow.SettlementPlan.Move;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import com.stripe.param.PaymentIntentCancelParams.CancellationReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Settles a cancelled, no-show or LOCKed payment, or LOCKs one (reference §12, §13, §14), following its
 * {@link SettlementPlan}: claim the payment (status settling, committed), make each Stripe move outside any
 * transaction with the key {@code booking:{id}:{step}} and record it in the ledger at once, then settle credits and
 * the payment's status in one last transaction.
 *
 * <p>A move whose ledger row exists is done and skipped, so a redelivery after a crash resumes where the worker
 * stopped, and a move whose answer was lost is repeated with the same key, which Stripe answers with the same
 * object. A rate limit or a lost answer is thrown back to the queue. Any other refusal (a decline, an invalid
 * request, a 5xx that Stripe may have stored under the key) hands the payment to operations (manual review): a
 * settlement moves money that was already promised, and guessing is worse than a person looking.
 */
@ApplicationScoped
public class SettlementStep {

    public static final String SETTLED_EVENT = "payment.settled";
    public static final String LOCKED_EVENT = "payment.locked";
    static final String FAILED_REASON = "settlement_failed";

    private final SettlementRepository settlements;
    private final PaymentEventRepository ledger;
    private final CreditLedger credits;
    private final LoyaltyCreditService loyalty;
    private final OutboxService outbox;
    private final StripeGateway stripe;
    private final ManualReview manualReview;
    private final Transactions tx;
    private final Clock clock;

    public SettlementStep(SettlementRepository settlements, PaymentEventRepository ledger, CreditLedger credits,
            LoyaltyCreditService loyalty, OutboxService outbox, StripeGateway stripe, ManualReview manualReview,
            Transactions tx, Clock clock) {
        this.settlements = settlements;
        this.ledger = ledger;
        this.credits = credits;
        this.loyalty = loyalty;
        this.outbox = outbox;
        this.stripe = stripe;
        this.manualReview = manualReview;
        this.tx = tx;
        this.clock = clock;
    }

    ActionResult settle(PaymentActionMessage message) {
        return run(tx.call(() -> settlements.claimSettlement(message.bookingId(), message.at(), clock.instant())
                .or(() -> settlements.settlementInFlight(message.bookingId()))));
    }

    /** Carries on with the settlement in flight (e.g. the advance payout a capture escalation has just claimed). */
    ActionResult resume(String bookingId) {
        return run(tx.call(() -> settlements.settlementInFlight(bookingId)));
    }

    ActionResult lock(PaymentActionMessage message) {
        return run(tx.call(() -> settlements.claimLock(message.bookingId(), clock.instant())
                .or(() -> settlements.settlementInFlight(message.bookingId()))));
    }

    private ActionResult run(Optional<SettlementClaim> claimed) {
        if (claimed.isEmpty()) {
            return ActionResult.SKIPPED;
        }
        SettlementClaim claim = claimed.get();
        SettlementPlan plan = SettlementPlan.of(claim);
        String transferId = claim.transferId();
        for (Move move : plan.moves()) {
            IdempotencyKey key = IdempotencyKey.of("booking", claim.bookingId(), move.step().key);
            if (tx.call(() -> settlements.stepDone(claim.bookingId(), key.value()))) {
                continue;
            }
            try {
                Optional<String> newTransfer = perform(claim, move, transferId, key);
                if (newTransfer.isPresent()) {
                    transferId = newTransfer.get();
                }
            } catch (StripeFailure failure) {
                if (failure.retryWithSameKey()) {
                    throw failure;
                }
                return manualReview.fromClaim(claim.bookingId(), "settling", FAILED_REASON, key, failure);
            }
        }
        return finish(claim, plan);
    }

    /** One Stripe move and its ledger row; returns the transfer a capture created. */
    private Optional<String> perform(SettlementClaim claim, Move move, String transferId, IdempotencyKey key) {
        String bookingId = claim.bookingId();
        switch (move.step()) {
            case RELEASE_AUTHORIZATION -> {
                PaymentIntentResult intent = stripe.cancel(claim.paymentIntentId(),
                        CancellationReason.REQUESTED_BY_CUSTOMER, key);
                record(bookingId, "authorization_released", move.amountCents(), intent.id(), key, Map.of());
            }
            case CAPTURE -> {
                PaymentIntentResult intent = stripe.capture(claim.paymentIntentId(), null, key);
                tx.run(() -> {
                    Instant now = clock.instant();
                    settlements.recordCapture(bookingId, intent.amountReceivedCents(), intent.transferId(), now);
                    ledger.append(bookingId, "captured", intent.amountReceivedCents(), intent.id(), key.value(),
                            transferDetails(intent.transferId(), claim.operation()), now);
                });
                return Optional.ofNullable(intent.transferId());
            }
            case REVERSE_TRANSFER -> {
                if (transferId == null) {
                    throw new IllegalStateException("booking " + bookingId + " has no transfer to reverse");
                }
                TransferReversalResult reversal = stripe.reverseTransfer(transferId, move.amountCents(), key);
                record(bookingId, "transfer_reversed", reversal.amountCents(), reversal.id(), key,
                        Map.of("transferId", transferId));
            }
            case PAYOUT -> {
                TransferResult transfer = stripe.createTransfer(claim.destinationAccountId(), move.amountCents(),
                        bookingId, key);
                record(bookingId, "payout_transferred", transfer.amountCents(), transfer.id(), key,
                        Map.of("destination", claim.destinationAccountId()));
            }
            case REFUND -> {
                // the transfer was reversed on LOCK, so the platform holds the whole charge and refunds it itself
                RefundResult refund = stripe.refund(claim.paymentIntentId(), null, false, false, key);
                record(bookingId, "refunded", refund.amountCents(), refund.id(), key, Map.of());
            }
        }
        return Optional.empty();
    }

    private void record(String bookingId, String eventType, int amountCents, String stripeObjectId,
            IdempotencyKey key, Map<String, ?> details) {
        tx.run(() -> ledger.append(bookingId, eventType, amountCents, stripeObjectId, key.value(), details,
                clock.instant()));
    }

    private ActionResult finish(SettlementClaim claim, SettlementPlan plan) {
        return tx.call(() -> {
            Instant now = clock.instant();
            boolean locking = SettlementPlan.LOCKED.equals(plan.finalStatus());
            if (plan.endsInManualReview()) {
                ActionResult result = manualReview.fromClaim(claim.bookingId(), "settling",
                        plan.manualReviewReason(), IdempotencyKey.of("booking", claim.bookingId(), "settlement"),
                        new IllegalStateException(plan.manualReviewReason() + " after " + claim.operation()));
                if (result == ActionResult.MANUAL_REVIEW) {
                    settleCredits(claim, plan);
                }
                return result;
            }
            boolean finished = locking ? settlements.finishLocked(claim.bookingId(), now)
                    : settlements.finishSettled(claim.bookingId(), now);
            if (!finished) {
                return ActionResult.SKIPPED;
            }
            Map<String, Object> details = new HashMap<>(settleCredits(claim, plan));
            if (locking) {
                ledger.append(claim.bookingId(), "locked", claim.cardChargeCents(), claim.paymentIntentId(), null,
                        details, now);
                outbox.emit(LOCKED_EVENT, "booking", claim.bookingId(), new PaymentLocked(claim.bookingId()));
                return ActionResult.LOCKED;
            }
            details.put("fromStatus", claim.fromStatus());
            ledger.append(claim.bookingId(), claim.operation(), null, claim.paymentIntentId(), null, details, now);
            outbox.emit(SETTLED_EVENT, "booking", claim.bookingId(),
                    new PaymentSettled(claim.bookingId(), claim.operation()));
            return ActionResult.SETTLED;
        });
    }

    /** The plan's treatment of the booking's reserved credits; inside the settling transaction. */
    private Map<String, Object> settleCredits(SettlementClaim claim, SettlementPlan plan) {
        Map<String, Object> done = new HashMap<>();
        switch (plan.credits()) {
            case NONE -> {
            }
            case RELEASE_ALL -> done.put("creditsReleasedCents", credits.release(claim.bookingId()).releasedCents());
            case FORFEIT -> done.put("creditsForfeitedCents", credits.forfeit(claim.bookingId()).forfeitedCents());
            case APPLY -> {
                // the lesson was held: its reserved credits are spent and it counts towards loyalty milestones
                done.put("creditsAppliedCents", credits.apply(claim.bookingId()));
                MilestoneAward milestone = loyalty.awardMilestone(claim.studentId(), claim.bookingId());
                if (milestone.newlyAwarded()) {
                    done.put("milestoneCreditCents", milestone.amountCents());
                }
            }
            case RELEASE_UP_TO_TARGET -> {
                CreditSettlement reserved = credits.releaseUpTo(claim.bookingId(), plan.creditTargetCents());
                int issued = plan.creditTargetCents() - reserved.releasedCents() - reserved.expiredCents();
                if (issued > 0) {
                    credits.issue(claim.studentId(), issued, plan.creditSource(), claim.bookingId());
                }
                done.put("creditsReleasedCents", reserved.releasedCents());
                done.put("creditsForfeitedCents", reserved.forfeitedCents());
                done.put("creditIssuedCents", Math.max(issued, 0));
            }
        }
        return done;
    }

    private static Map<String, Object> transferDetails(String transferId, String operation) {
        Map<String, Object> details = new HashMap<>();
        details.put("operation", operation);
        if (transferId != null) {
            details.put("transferId", transferId);
        }
        return details;
    }

    public record PaymentSettled(String bookingId, String outcome) {
    }

    public record PaymentLocked(String bookingId) {
    }
}
