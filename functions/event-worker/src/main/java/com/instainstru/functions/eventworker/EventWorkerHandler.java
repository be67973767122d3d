package com.instainstru.functions.eventworker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.instainstru.notifications.email.EmailDeliveryService;
import com.instainstru.notifications.email.EmailRequested;
import com.instainstru.platform.batch.BatchMessage;
import com.instainstru.platform.batch.BatchProcessor;
import com.instainstru.platform.events.BusMessageReader;
import com.instainstru.platform.events.DomainEvent;
import com.instainstru.platform.events.EventReceiptService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.MDC;

/**
 * Consumes domain events that the bus routed to the worker queue, each by the service for its event type
 * (events nobody consumes yet get a receipt). Reports failed messages one by one (ReportBatchItemFailures)
 * so that only they are retried and, after maxReceiveCount, dead-lettered.
 */
public class EventWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final BusMessageReader reader;
    private final EventReceiptService receipts;
    private final EmailDeliveryService emailDelivery;

    public EventWorkerHandler(BusMessageReader reader, EventReceiptService receipts,
            EmailDeliveryService emailDelivery) {
        this.reader = reader;
        this.receipts = receipts;
        this.emailDelivery = emailDelivery;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            List<String> failed = BatchProcessor.process(messages(event), this::dispatch);
            return SQSBatchResponse.builder()
                    .withBatchItemFailures(failed.stream().map(SQSBatchResponse.BatchItemFailure::new).toList())
                    .build();
        } finally {
            MDC.remove("requestId");
        }
    }

    private void dispatch(BatchMessage message) {
        DomainEvent event = reader.read(message.body());
        switch (Objects.requireNonNullElse(event.eventType(), "")) {
            case EmailRequested.EVENT_TYPE -> emailDelivery.deliver(event);
            default -> receipts.receive(event, message.messageId());
        }
    }

    private static List<BatchMessage> messages(SQSEvent event) {
        if (event.getRecords() == null) {
            return List.of();
        }
        return event.getRecords().stream()
                .map(record -> new BatchMessage(record.getMessageId(), record.getBody(), groupId(record)))
                .toList();
    }

    private static String groupId(SQSEvent.SQSMessage record) {
        Map<String, String> attributes = record.getAttributes();
        return attributes == null ? null : attributes.get("MessageGroupId");
    }
}
