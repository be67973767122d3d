package com.instainstru.payments.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Finds the payment work due at {@code now} (the schedule event's time): one message per booking and action. It
 * changes nothing; the worker claims each row again under the same condition, so sending a message twice, or
 * finding the same work on two overlapping runs, is harmless.
 */
@ApplicationScoped
public class PaymentScheduler {

    /** Per action and run; what is left is found again five minutes later. */
    static final int BATCH_LIMIT = 1000;

    private final PaymentWorkflowRepository payments;

    public PaymentScheduler(PaymentWorkflowRepository payments) {
        this.payments = payments;
    }

    public List<PaymentActionMessage> due(Instant now) {
        List<PaymentActionMessage> messages = new ArrayList<>();
        add(messages, PaymentAction.FAIL, now, payments::failuresDue);
        add(messages, PaymentAction.WARN_FINAL, now, payments::finalWarningsDue);
        add(messages, PaymentAction.AUTHORIZE, now, payments::authorizationsDue);
        add(messages, PaymentAction.EXPIRE, now, payments::expiriesDue);
        add(messages, PaymentAction.CAPTURE, now, payments::capturesDue);
        add(messages, PaymentAction.FAIL_PENDING, now, payments::pendingFailuresDue);
        return messages;
    }

    private static void add(List<PaymentActionMessage> messages, PaymentAction action, Instant now,
            BiFunction<Instant, Integer, List<String>> finder) {
        finder.apply(now, BATCH_LIMIT).forEach(id -> messages.add(new PaymentActionMessage(id, action, now)));
    }
}
