package com.instainstru.functions.eventworker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.instainstru.platform.batch.BatchMessage;
import com.instainstru.platform.batch.BatchProcessor;
import com.instainstru.platform.events.BusMessageReader;
import com.instainstru.platform.events.EventReceiptService;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * Consumes domain events that the bus routed to the worker queue. Reports failed messages one by one
 * (ReportBatchItemFailures) so that only they are retried and, after maxReceiveCount, dead-lettered.
 */
public class EventWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final BusMessageReader reader;
    private final EventReceiptService receipts;

    public EventWorkerHandler(BusMessageReader reader, EventReceiptService receipts) {
        this.reader = reader;
        this.receipts = receipts;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            List<String> failed = BatchProcessor.process(messages(event),
                    message -> receipts.receive(reader.read(message.body()), message.messageId()));
            return SQSBatchResponse.builder()
                    .withBatchItemFailures(failed.stream().map(SQSBatchResponse.BatchItemFailure::new).toList())
                    .build();
        } finally {
            MDC.remove("requestId");
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
