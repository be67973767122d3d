package com.instainstru.functions.outboxrelay;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.instainstru.platform.events.OutboxRelayService;
import com.instainstru.platform.events.RelayReport;
import com.instainstru.platform.events.ScheduledTrigger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Fired every minute by an EventBridge schedule: publishes the outbox rows due at the event's time. */
public class OutboxRelayHandler implements RequestHandler<ScheduledTrigger, RelayReport> {

    private static final Logger LOG = Logger.getLogger(OutboxRelayHandler.class);

    private final OutboxRelayService relay;

    public OutboxRelayHandler(OutboxRelayService relay) {
        this.relay = relay;
    }

    @Override
    public RelayReport handleRequest(ScheduledTrigger trigger, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            RelayReport report = relay.relayDue(trigger.requireTime());
            LOG.infof("outbox relay at %s: claimed %d, published %d, failed %d", trigger.time(), report.claimed(),
                    report.published(), report.failed());
            return report;
        } finally {
            MDC.remove("requestId");
        }
    }
}
