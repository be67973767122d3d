package com.instainstru.functions.paymentscheduler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.workflow.PaymentActionMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Sends payment actions to the standard PaymentActionsQueue, ten per request. No deduplication id: the worker's
 * claims make a duplicate harmless. A message SQS refuses fails the run; the next run finds the work again.
 */
@ApplicationScoped
public class PaymentActionQueue {

    private static final int SQS_BATCH = 10;

    private final SqsClient sqs;
    private final ObjectMapper json;
    private final String queueUrl;

    public PaymentActionQueue(SqsClient sqs, ObjectMapper json,
            @ConfigProperty(name = "instainstru.payments.actions-queue-url") String queueUrl) {
        this.sqs = sqs;
        this.json = json;
        this.queueUrl = queueUrl;
    }

    public void send(List<PaymentActionMessage> messages) {
        for (int from = 0; from < messages.size(); from += SQS_BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<PaymentActionMessage> batch = messages.subList(from, Math.min(from + SQS_BATCH, messages.size()));
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(String.valueOf(i)).messageBody(body(batch.get(i)))
                        .build());
            }
            SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
            if (!response.failed().isEmpty()) {
                throw new IllegalStateException("SQS refused " + response.failed().size() + " payment actions: "
                        + response.failed().get(0).message());
            }
        }
    }

    private String body(PaymentActionMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + message, e);
        }
    }
}
