package com.instainstru.functions.paymentworker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.workflow.ActionResult;
import com.instainstru.payments.workflow.PaymentActionMessage;
import com.instainstru.payments.workflow.PaymentActionProcessor;
import com.instainstru.platform.batch.BatchMessage;
import com.instainstru.platform.batch.BatchProcessor;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Performs the payment actions the payment-scheduler enqueued, each on its own: a message whose Stripe call was
 * rate limited, failed on Stripe's side or got no answer is reported as a batch item failure, so SQS delivers it
 * again (and the worker retries the same attempt with the same idempotency key); after 5 receives it goes to the
 * dead-letter queue, and the scheduler resumes the abandoned claim. Duplicates and replays do nothing.
 */
public class PaymentWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = Logger.getLogger(PaymentWorkerHandler.class);

    private final PaymentActionProcessor processor;
    private final ObjectMapper json;

    public PaymentWorkerHandler(PaymentActionProcessor processor, ObjectMapper json) {
        this.processor = processor;
        this.json = json;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        MDC.put("requestId", context.getAwsRequestId());
        try {
            List<String> failed = BatchProcessor.process(messages(event), this::perform);
            return SQSBatchResponse.builder()
                    .withBatchItemFailures(failed.stream().map(SQSBatchResponse.BatchItemFailure::new).toList())
                    .build();
        } finally {
            MDC.remove("requestId");
        }
    }

    private void perform(BatchMessage message) {
        PaymentActionMessage action = read(message.body());
        ActionResult result = processor.process(action);
        LOG.infof("payment action %s %s (found due at %s): %s", action.action(), action.bookingId(), action.at(),
                result);
    }

    private PaymentActionMessage read(String body) {
        try {
            return json.readValue(body, PaymentActionMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a payment action: " + body, e);
        }
    }

    private static List<BatchMessage> messages(SQSEvent event) {
        if (event.getRecords() == null) {
            return List.of();
        }
        return event.getRecords().stream()
                .map(record -> new BatchMessage(record.getMessageId(), record.getBody(), null))
                .toList();
    }
}
