package com.instainstru.payments.workflow;

import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A rescheduled lesson keeps its payment (reference §13): the payment and the credits reserved for it move to the
 * booking that replaced it, whatever state they are in; an authorization still to come is planned for 24 h before
 * the new start (now, for a replacement less than 24 h ahead, which waits PENDING; one whose payment is already
 * authorized or LOCKed is confirmed at once). A late reschedule then LOCKs it ({@link SettlementStep#lock}). When the new time changed the price,
 * or the new booking was paid for separately meanwhile, the payment cannot simply move: operations decide.
 */
@ApplicationScoped
public class CarryOverStep {

    static final String PRICE_CHANGED = "reschedule_price_changed";
    static final String ALREADY_PAID = "reschedule_successor_already_paid";

    private final SettlementRepository settlements;
    private final ManualReview manualReview;
    private final PaymentWorkflowRepository payments;
    private final OutboxService outbox;
    private final PaymentEventRepository ledger;
    private final Transactions tx;
    private final Clock clock;

    public CarryOverStep(SettlementRepository settlements, ManualReview manualReview,
            PaymentWorkflowRepository payments, PaymentEventRepository ledger, OutboxService outbox, Transactions tx,
            Clock clock) {
        this.settlements = settlements;
        this.manualReview = manualReview;
        this.payments = payments;
        this.outbox = outbox;
        this.ledger = ledger;
        this.tx = tx;
        this.clock = clock;
    }

    ActionResult run(PaymentActionMessage message) {
        return tx.call(() -> settlements.carryOverDue(message.bookingId()).map(move -> {
            Instant now = clock.instant();
            String problem = move.successorPaid() ? ALREADY_PAID
                    : move.successorPriceCents() != move.lessonPriceCents() ? PRICE_CHANGED : null;
            if (problem != null) {
                return manualReview.fromClaim(move.bookingId(), move.status(), problem,
                        IdempotencyKey.of("booking", move.bookingId(), "carry_over"),
                        new IllegalStateException(problem + ": successor " + move.successorId()));
            }
            Instant planned = move.successorStartAt().minus(PaymentSetupService.AUTHORIZE_BEFORE_START);
            settlements.carryOver(move, planned.isBefore(now) ? now : planned, now);
            ledger.append(move.bookingId(), "carried_over", null, null, null,
                    Map.of("toBookingId", move.successorId()), now);
            ledger.append(move.successorId(), "carried_over_from", null, null, null,
                    Map.of("fromBookingId", move.bookingId(), "status", move.status()), now);
            // a replacement less than 24 h ahead starts PENDING; a payment already held confirms it at once
            boolean held = "authorized".equals(move.status()) || "locked".equals(move.status());
            if (held && payments.confirmPendingBooking(move.successorId(), now)) {
                outbox.emit(AuthorizationStep.BOOKING_CONFIRMED_EVENT, "booking", move.successorId(),
                        new AuthorizationStep.BookingConfirmed(move.successorId(), move.paymentIntentId()));
            }
            return ActionResult.CARRIED_OVER;
        }).orElse(ActionResult.SKIPPED));
    }
}
