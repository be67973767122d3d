package com.instainstru.functions.paymentscheduler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.instainstru.payments.workflow.PaymentAction;
import com.instainstru.payments.workflow.PaymentActionMessage;
import com.instainstru.payments.workflow.PaymentScheduler;
import com.instainstru.platform.events.ScheduledTrigger;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Fired every 5 minutes by an EventBridge schedule: enqueues one message per booking and payment action due at the
 * event's time (authorizations at T-24h and their retries, the T-13h warning, the T-12h failure, captures at
 * end + 24 h and their retries, expired authorizations, settlements, reschedule carry-overs and LOCKs). The
 * payment-worker performs them.
 */
public class PaymentSchedulerHandler implements RequestHandler<ScheduledTrigger, PaymentSchedulerReport> {

    private static final Logger LOG = Logger.getLogger(PaymentSchedulerHandler.class);

    private final PaymentScheduler scheduler;
    private final PaymentActionQueue queue;

    public PaymentSchedulerHandler(PaymentScheduler scheduler, PaymentActionQueue queue) {
        this.scheduler = scheduler;
        this.queue = queue;
    }

    @Override
    public PaymentSchedulerReport handleRequest(ScheduledTrigger trigger, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            Instant now = trigger.requireTime();
            List<PaymentActionMessage> due = scheduler.due(now);
            queue.send(due);
            Map<PaymentAction, Long> byAction = due.stream().collect(Collectors.groupingBy(
                    PaymentActionMessage::action, () -> new EnumMap<>(PaymentAction.class), Collectors.counting()));
            LOG.infof("payment scheduler at %s: enqueued %d %s", now, due.size(), byAction);
            return new PaymentSchedulerReport(now, due.size(), byAction);
        } finally {
            MDC.remove("requestId");
        }
    }

}
