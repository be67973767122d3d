package com.instainstru.functions.paymenthousekeeping;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.instainstru.payments.housekeeping.HousekeepingReport;
import com.instainstru.payments.housekeeping.PaymentHousekeepingService;
import com.instainstru.platform.events.ScheduledTrigger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Fired every hour by an EventBridge schedule: the credit expiry sweep, deletion of request-idempotency records past
 * their 24 h, and the daily commission tier refresh (first run after 03:15 UTC), all at the event's time.
 */
public class PaymentHousekeepingHandler implements RequestHandler<ScheduledTrigger, HousekeepingReport> {

    private static final Logger LOG = Logger.getLogger(PaymentHousekeepingHandler.class);

    private final PaymentHousekeepingService housekeeping;

    public PaymentHousekeepingHandler(PaymentHousekeepingService housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Override
    public HousekeepingReport handleRequest(ScheduledTrigger trigger, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            HousekeepingReport report = housekeeping.runDue(trigger.requireTime());
            LOG.infof("payment housekeeping at %s: %d credits expired, %d idempotency records deleted,"
                    + " tiers for %s: %d evaluated, %d changed", report.at(), report.creditsExpired(),
                    report.idempotencyRecordsDeleted(), report.tiers().evaluationDay(), report.tiers().evaluated(),
                    report.tiers().changed());
            return report;
        } finally {
            MDC.remove("requestId");
        }
    }
}
