package com.instainstru.payments.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the payment work due at {@code now} (the schedule event's time): one message per booking and action. It
 * changes nothing; the worker claims each row again under the same condition, so sending a message twice, or
 * finding the same work on two overlapping runs, is harmless.
 *
 * <p>One run finds at most {@code runLimit} messages (20,000 by default: the worker's 80 Stripe requests/s handle
 * 24,000 in the 5 minutes before the next run), the most urgent actions first; what is left is found again by the
 * next run.
 */
@ApplicationScoped
public class PaymentScheduler {

    private final PaymentWorkflowRepository payments;
    private final SettlementRepository settlements;
    private final int runLimit;

    @Inject
    public PaymentScheduler(PaymentWorkflowRepository payments, SettlementRepository settlements,
            @ConfigProperty(name = "instainstru.payments.scheduler-run-limit", defaultValue = "20000") int runLimit) {
        this.payments = payments;
        this.settlements = settlements;
        this.runLimit = runLimit;
    }

    public List<PaymentActionMessage> due(Instant now) {
        List<PaymentActionMessage> messages = new ArrayList<>();
        add(messages, PaymentAction.FAIL, now, payments::failuresDue);
        add(messages, PaymentAction.FAIL_PENDING, now, payments::pendingFailuresDue);
        add(messages, PaymentAction.WARN_FINAL, now, payments::finalWarningsDue);
        add(messages, PaymentAction.SETTLE, now, settlements::settlementsDue);
        add(messages, PaymentAction.CARRY_OVER, now, (at, limit) -> settlements.carryOversDue(limit));
        add(messages, PaymentAction.LOCK, now, (at, limit) -> settlements.locksDue(limit));
        add(messages, PaymentAction.AUTHORIZE, now, payments::authorizationsDue);
        add(messages, PaymentAction.EXPIRE, now, payments::expiriesDue);
        add(messages, PaymentAction.CAPTURE, now, payments::capturesDue);
        return messages;
    }

    private void add(List<PaymentActionMessage> messages, PaymentAction action, Instant now,
            BiFunction<Instant, Integer, List<String>> finder) {
        int room = runLimit - messages.size();
        if (room > 0) {
            finder.apply(now, room).forEach(id -> messages.add(new PaymentActionMessage(id, action, now)));
        }
    }
}
