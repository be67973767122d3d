package com.instainstru.payments.workflow;

import com.instainstru.payments.credits.CreditSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What settling one payment does (reference §12, §13, §14), decided from the operation and the status the payment
 * was in: the Stripe moves, in order, what happens to the booking's reserved credits, and the status it ends in. Pure.
 *
 * <ul>
 *   <li>No charge (student cancel 24 h or more ahead, instructor cancel, instructor no-show): an authorization is
 *   released; money already captured on a LOCK is refunded in full, fee included; reserved credits come back.</li>
 *   <li>Penalty (student cancel under 24 h, LOCKed cancels): the authorization is captured and the whole transfer
 *   reversed (already done for a LOCKed payment), the instructor's share of a split is paid by a separate transfer,
 *   and the student gets the promised credit: reserved credits first, then a new credit for the rest.</li>
 *   <li>Student no-show: captured, so the destination charge pays the instructor (a LOCKed payment is paid out by a
 *   transfer); reserved credits are forfeited.</li>
 *   <li>A LOCKed lesson completed: the instructor's payout by transfer; reserved credits are spent.</li>
 *   <li>A lesson captured whose destination charge transferred less than the payout (credits exceeded the
 *   platform's take, §10): a top-up transfer of the difference (the capture already spent the credits).</li>
 *   <li>LOCK: capture and reverse the whole transfer; the payment ends locked.</li>
 *   <li>A capture still refused 72 h after its first failure: the instructor is paid by a platform transfer (an
 *   advance), reserved credits are spent, and the payment stays in manual review for operations to collect.</li>
 * </ul>
 * A penalty or a student no-show with no authorization to capture goes to manual review
 * ({@value #MISSING_PAYMENT_INTENT}); reserved credits are still released (forfeited for the no-show).
 */
record SettlementPlan(List<Move> moves, Credits credits, int creditTargetCents, CreditSource creditSource,
        String finalStatus, String manualReviewReason) {


    static final String MISSING_PAYMENT_INTENT = "missing_payment_intent";
    static final String CAPTURE_FAILURE_INSTRUCTOR_PAID = "capture_failure_instructor_paid";
    static final String SETTLED = "settled";
    static final String LOCKED = "locked";
    static final String MANUAL_REVIEW = "manual_review";

    private static final Set<String> NO_CHARGE = Set.of("student_cancel_gt24_no_charge",
            "instructor_cancel_full_refund", "instructor_no_show_full_refund");
    private static final Set<String> PENALTY = Set.of("student_cancel_12_24_full_credit",
            "student_cancel_lt12_split_50_50");
    private static final Set<String> LOCKED_PENALTY = Set.of("locked_cancel_ge12_full_credit",
            "locked_cancel_lt12_split_50_50");

    enum Credits { NONE, RELEASE_ALL, RELEASE_UP_TO_TARGET, FORFEIT, APPLY }

    /** The plan hands the payment to operations once its moves are made. */
    boolean endsInManualReview() {
        return MANUAL_REVIEW.equals(finalStatus);
    }

    /** One Stripe call; {@code step} names it in the idempotency key {@code booking:{id}:{step}} and the ledger. */
    enum Step {
        RELEASE_AUTHORIZATION("release_authorization"),
        CAPTURE("settlement_capture"),
        REVERSE_TRANSFER("transfer_reversal"),
        PAYOUT("payout_transfer"),
        REFUND("full_refund");

        final String key;

        Step(String key) {
            this.key = key;
        }
    }

    record Move(Step step, int amountCents) {
    }

    static SettlementPlan of(SettlementClaim claim) {
        String operation = claim.operation();
        boolean authorized = "authorized".equals(claim.fromStatus());
        boolean locked = "locked".equals(claim.fromStatus());
        List<Move> moves = new ArrayList<>();
        if (SettlementClaim.LOCK.equals(operation)) {
            captureAndReverse(claim, moves);
            return new SettlementPlan(moves, Credits.NONE, 0, null, LOCKED, null);
        }
        if (NO_CHARGE.contains(operation)) {
            if (authorized) {
                moves.add(new Move(Step.RELEASE_AUTHORIZATION, claim.cardChargeCents()));
            } else if (locked) {
                moves.add(new Move(Step.REFUND, claim.cardChargeCents()));
            }
            return settled(moves, Credits.RELEASE_ALL, 0, null);
        }
        if (PENALTY.contains(operation) || LOCKED_PENALTY.contains(operation)) {
            int target = requireAmount(claim.creditTargetCents(), "credit target", operation);
            int payout = requireAmount(claim.splitPayoutCents(), "split payout", operation);
            CreditSource source = LOCKED_PENALTY.contains(operation) ? CreditSource.LOCK_RESOLUTION
                    : CreditSource.CANCELLATION;
            if (!authorized && !locked) {
                return review(Credits.RELEASE_ALL);
            }
            if (authorized) {
                captureAndReverse(claim, moves);
            }
            if (payout > 0) {
                moves.add(new Move(Step.PAYOUT, payout));
            }
            return settled(moves, Credits.RELEASE_UP_TO_TARGET, target, source);
        }
        if ("student_no_show_full_payout".equals(operation)) {
            if (authorized) {
                moves.add(new Move(Step.CAPTURE, claim.cardChargeCents()));
            } else if (locked) {
                moves.add(new Move(Step.PAYOUT, claim.instructorPayoutCents()));
            } else {
                return review(Credits.FORFEIT);
            }
            return settled(moves, Credits.FORFEIT, 0, null);
        }
        if (CAPTURE_FAILURE_INSTRUCTOR_PAID.equals(operation)) {
            moves.add(new Move(Step.PAYOUT, claim.instructorPayoutCents()));
            return new SettlementPlan(List.copyOf(moves), Credits.APPLY, 0, null, MANUAL_REVIEW,
                    CAPTURE_FAILURE_INSTRUCTOR_PAID);
        }
        if ("lesson_completed_full_payout".equals(operation) && "capturing".equals(claim.fromStatus())) {
            moves.add(new Move(Step.PAYOUT, claim.instructorPayoutCents() - claim.transferredCents()));
            return settled(moves, Credits.NONE, 0, null);
        }
        if ("lesson_completed_full_payout".equals(operation) && locked) {
            moves.add(new Move(Step.PAYOUT, claim.instructorPayoutCents()));
            return settled(moves, Credits.APPLY, 0, null);
        }
        throw new IllegalStateException("no settlement plan for " + operation + " from " + claim.fromStatus());
    }

    private static void captureAndReverse(SettlementClaim claim, List<Move> moves) {
        moves.add(new Move(Step.CAPTURE, claim.cardChargeCents()));
        if (claim.transferredCents() > 0) {
            moves.add(new Move(Step.REVERSE_TRANSFER, claim.transferredCents()));
        }
    }

    private static SettlementPlan settled(List<Move> moves, Credits credits, int target, CreditSource source) {
        return new SettlementPlan(List.copyOf(moves), credits, target, source, SETTLED, null);
    }

    private static SettlementPlan review(Credits credits) {
        return new SettlementPlan(List.of(), credits, 0, null, MANUAL_REVIEW, MISSING_PAYMENT_INTENT);
    }

    private static int requireAmount(Integer cents, String what, String operation) {
        if (cents == null) {
            throw new IllegalStateException(operation + " needs the cancellation's " + what);
        }
        return cents;
    }
}
