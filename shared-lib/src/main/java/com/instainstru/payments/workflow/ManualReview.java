package com.instainstru.payments.workflow;

import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hands a payment to operations: status manual_review, automation frozen, a ledger row and an outbox event. */
@ApplicationScoped
public class ManualReview {

    public static final String EVENT = "payment.manual_review";

    private final PaymentWorkflowRepository payments;
    private final PaymentEventRepository ledger;
    private final OutboxService outbox;
    private final Transactions tx;
    private final Clock clock;

    public ManualReview(PaymentWorkflowRepository payments, PaymentEventRepository ledger, OutboxService outbox,
            Transactions tx, Clock clock) {
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** From {@code fromStatus} (a claim in flight, or an open payment); SKIPPED when the payment has moved on. */
    ActionResult fromClaim(String bookingId, String fromStatus, String reason, IdempotencyKey key,
            RuntimeException cause) {
        return tx.call(() -> {
            Instant now = clock.instant();
            if (!payments.moveToManualReview(bookingId, fromStatus, reason, now)) {
                return ActionResult.SKIPPED;
            }
            ledger.append(bookingId, "manual_review", null, null, key.value(),
                    Map.of("reason", reason, "error", String.valueOf(cause.getMessage())), now);
            outbox.emit(EVENT, "booking", bookingId, new ManualReviewRequired(bookingId, reason));
            return ActionResult.MANUAL_REVIEW;
        });
    }

    /**
     * From a Stripe webhook, inside the caller's transaction: any status but manual_review is handed to operations.
     * False (and nothing written) when the payment already waits for them.
     */
    public boolean fromStripe(String bookingId, String reason, String stripeObjectId, Map<String, ?> details) {
        return tx.call(() -> {
            Instant now = clock.instant();
            if (!payments.moveToManualReviewFromAnyStatus(bookingId, reason, now)) {
                return false;
            }
            Map<String, Object> withReason = new LinkedHashMap<>(details);
            withReason.put("reason", reason);
            ledger.append(bookingId, "manual_review", null, stripeObjectId, null, withReason, now);
            outbox.emit(EVENT, "booking", bookingId, new ManualReviewRequired(bookingId, reason));
            return true;
        });
    }

    public record ManualReviewRequired(String bookingId, String reason) {
    }
}
