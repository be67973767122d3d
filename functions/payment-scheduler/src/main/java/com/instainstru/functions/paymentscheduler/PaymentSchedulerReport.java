package com.instainstru.functions.paymentscheduler;

import com.instainstru.payments.workflow.PaymentAction;
import java.time.Instant;
import java.util.Map;

/** What one run enqueued, per action, for the logs and the invoker. */
public record PaymentSchedulerReport(Instant at, int enqueued, Map<PaymentAction, Long> byAction) {
}
