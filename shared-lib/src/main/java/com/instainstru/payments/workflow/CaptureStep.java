package com.instainstru.payments.workflow;

import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.LoyaltyCreditService;
import com.instainstru.payments.credits.MilestoneAward;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.CardDeclined;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.PaymentIntentResult;
import com.instainstru.payments.stripe.StripeFailure;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.stripe.StripeRequestInvalid;
import com.instainstru.payments.stripe.StripeServerError;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One capture attempt of a completed lesson's authorization (end + 24 h): claim (commit), capture outside any
 * transaction with {@code booking:{id}:capture:{attempt}}, record. The destination charge pays the instructor on
 * capture; the same transaction spends the credits reserved for the lesson and awards the student's loyalty
 * milestone (§15) if this lesson reached one. When credits exceeded the platform's take, the transfer is short of the
 * payout and a top-up transfer follows as a settlement move. A refused capture is retried every 4 h; 72 h after the first refusal
 * the student's account is locked and the instructor paid an advance by platform transfer ({@link #escalate}).
 *
 * <p>After a 5xx (which Stripe may have stored under the key and would replay) the claim moves to the next attempt and
 * the message is thrown back to the queue; the next delivery retrieves the PaymentIntent first and records the
 * capture if the failed request did capture it (succeeded), else captures with the new key.
 */
@ApplicationScoped
public class CaptureStep {

    public static final String CAPTURED_EVENT = "payment.captured";
    public static final String ESCALATED_REASON = "capture_failure_escalated";

    private final PaymentWorkflowRepository payments;
    private final PaymentEventRepository ledger;
    private final OutboxService outbox;
    private final StripeGateway stripe;
    private final Transactions tx;
    private final CreditLedger credits;
    private final LoyaltyCreditService loyalty;
    private final SettlementRepository settlements;
    private final SettlementStep settlement;
    private final Clock clock;

    public CaptureStep(PaymentWorkflowRepository payments, PaymentEventRepository ledger, OutboxService outbox,
            StripeGateway stripe, Transactions tx, CreditLedger credits,
            LoyaltyCreditService loyalty, SettlementRepository settlements, SettlementStep settlement, Clock clock) {
        this.credits = credits;
        this.loyalty = loyalty;
        this.settlements = settlements;
        this.settlement = settlement;
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.stripe = stripe;
        this.tx = tx;
        this.clock = clock;
    }

    ActionResult run(PaymentActionMessage message) {
        Optional<CaptureClaim> claimed = tx.call(() -> payments.claimCapture(message.bookingId(), message.at(),
                clock.instant()).or(() -> payments.captureInFlight(message.bookingId())));
        if (claimed.isEmpty()) {
            return ActionResult.SKIPPED;
        }
        CaptureClaim claim = claimed.get();
        IdempotencyKey key = IdempotencyKey.of("booking", claim.bookingId(), "capture", claim.attempt());
        if (claim.afterServerError()) {
            PaymentIntentResult current = stripe.retrievePaymentIntent(claim.paymentIntentId());
            if ("succeeded".equals(current.status())) {
                return recordCaptured(claim, key, current);
            }
        }
        PaymentIntentResult intent;
        try {
            intent = stripe.capture(claim.paymentIntentId(), null, key);
        } catch (StripeServerError serverError) {
            if (serverError.mayBeStoredUnderKey()) {
                tx.run(() -> payments.nextCaptureAttemptAfterServerError(claim.bookingId(), claim.attempt(),
                        clock.instant()));
            }
            throw serverError;
        } catch (StripeFailure failure) {
            if (failure.retryWithSameKey()) {
                throw failure;
            }
            return recordRefusal(claim, key, failure);
        }
        return recordCaptured(claim, key, intent);
    }

    private ActionResult recordCaptured(CaptureClaim claim, IdempotencyKey key, PaymentIntentResult intent) {
        Optional<String> recorded = tx.call(() -> {
            Instant now = clock.instant();
            Optional<String> status = payments.recordCaptured(claim.bookingId(), claim.attempt(),
                    intent.amountReceivedCents(), intent.transferId(), now);
            if (status.isEmpty()) {
                return status;
            }
            int creditsApplied = credits.apply(claim.bookingId());
            MilestoneAward milestone = loyalty.awardMilestone(claim.studentId(), claim.bookingId());
            Map<String, Object> details = new HashMap<>();
            details.put("attempt", claim.attempt());
            details.put("creditsAppliedCents", creditsApplied);
            if (milestone.newlyAwarded()) {
                details.put("milestoneCreditCents", milestone.amountCents());
            }
            if (intent.transferId() != null) {
                details.put("transferId", intent.transferId());
            }
            ledger.append(claim.bookingId(), "captured", intent.amountReceivedCents(), intent.id(), key.value(),
                    details, now);
            outbox.emit(CAPTURED_EVENT, "booking", claim.bookingId(),
                    new Captured(claim.bookingId(), intent.id(), intent.amountReceivedCents()));
            return status;
        });
        if (recorded.isEmpty()) {
            return ActionResult.SKIPPED;
        }
        if ("settling".equals(recorded.get())) {
            // credits covered more than the platform's take: the top-up transfer completes the payout (§10)
            settlement.resume(claim.bookingId());
        }
        return ActionResult.CAPTURED;
    }

    private ActionResult recordRefusal(CaptureClaim claim, IdempotencyKey key, StripeFailure failure) {
        Instant now = clock.instant();
        Instant firstFailure = claim.firstFailedAt() == null ? now : claim.firstFailedAt();
        if (!now.isBefore(firstFailure.plus(RetryPolicy.CAPTURE_ESCALATION))) {
            return escalate(claim, key, failure);
        }
        return tx.call(() -> {
            Instant next = now.plus(RetryPolicy.CAPTURE_RETRY);
            String code = errorCode(failure);
            if (!payments.recordCaptureFailure(claim.bookingId(), claim.attempt(), code, next, now)) {
                return ActionResult.SKIPPED;
            }
            ledger.append(claim.bookingId(), "capture_failed", null, claim.paymentIntentId(), key.value(),
                    Map.of("attempt", claim.attempt(), "errorCode", code, "nextAttemptAt", next.toString()), now);
            return ActionResult.CAPTURE_FAILED;
        });
    }

    /**
     * 72 h of refused captures (§11): the student's account is locked and the instructor is paid an advance by
     * platform transfer; the payment then goes to manual review (operations are told) for operations to collect.
     */
    private ActionResult escalate(CaptureClaim claim, IdempotencyKey key, StripeFailure failure) {
        boolean claimed = tx.call(() -> {
            Instant now = clock.instant();
            if (!settlements.claimEscalation(claim.bookingId(), claim.studentId(), claim.attempt(), ESCALATED_REASON,
                    now)) {
                return false;
            }
            ledger.append(claim.bookingId(), "capture_escalated", null, claim.paymentIntentId(), key.value(),
                    Map.of("attempt", claim.attempt(), "errorCode", errorCode(failure)), now);
            return true;
        });
        if (!claimed) {
            return ActionResult.SKIPPED;
        }
        settlement.resume(claim.bookingId());
        return ActionResult.CAPTURE_ESCALATED;
    }

    private static String errorCode(StripeFailure failure) {
        if (failure instanceof CardDeclined declined) {
            return declined.code();
        }
        if (failure instanceof StripeRequestInvalid invalid) {
            return invalid.code() == null ? invalid.type() : invalid.code();
        }
        return "authentication_required";
    }

    public record Captured(String bookingId, String paymentIntentId, int amountCents) {
    }
}
