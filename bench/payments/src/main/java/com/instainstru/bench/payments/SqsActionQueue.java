package com.instainstru.bench.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.workflow.PaymentActionMessage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * A queue of its own on the SQS emulator (moto, AWS_ENDPOINT_URL, default http://127.0.0.1:4566), created with the
 * PaymentActionsQueue's visibility timeout and deleted on close. Messages are sent ten per request and as JSON,
 * as the payment-scheduler function sends them (functions/payment-scheduler PaymentActionQueue).
 */
final class SqsActionQueue implements ActionQueue {

    private static final int SQS_BATCH = 10;

    private final SqsClient sqs;
    private final ObjectMapper json;
    private final String queueUrl;

    SqsActionQueue(ObjectMapper json) {
        this.json = json;
        String endpoint = System.getenv().getOrDefault("AWS_ENDPOINT_URL", "http://127.0.0.1:4566");
        sqs = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        queueUrl = sqs.createQueue(b -> b.queueName("payments-bench-" + UUID.randomUUID())
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "360"))).queueUrl();
    }

    @Override
    public void send(List<PaymentActionMessage> messages) {
        for (int from = 0; from < messages.size(); from += SQS_BATCH) {
            List<PaymentActionMessage> batch = messages.subList(from, Math.min(from + SQS_BATCH, messages.size()));
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(String.valueOf(i))
                        .messageBody(write(batch.get(i))).build());
            }
            var response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
            if (!response.failed().isEmpty()) {
                throw new IllegalStateException("SQS refused " + response.failed().size() + " messages");
            }
        }
    }

    @Override
    public List<Delivery> receive(int max) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Message message : sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(max)
                .waitTimeSeconds(1)).messages()) {
            deliveries.add(new Delivery(read(message.body()), message.receiptHandle()));
        }
        return deliveries;
    }

    @Override
    public void delete(List<Delivery> done) {
        if (done.isEmpty()) {
            return;
        }
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(i))
                    .receiptHandle(done.get(i).receipt()).build());
        }
        sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
    }

    @Override
    public void close() {
        sqs.deleteQueue(b -> b.queueUrl(queueUrl));
        sqs.close();
    }

    private String write(PaymentActionMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PaymentActionMessage read(String body) {
        try {
            return json.readValue(body, PaymentActionMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
