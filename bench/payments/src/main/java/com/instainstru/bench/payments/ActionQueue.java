package com.instainstru.bench.payments;

import com.instainstru.payments.workflow.PaymentActionMessage;
import java.util.List;

/** The payment-actions queue between the scheduler and the workers: SQS on moto, or in memory. */
interface ActionQueue extends AutoCloseable {

    void send(List<PaymentActionMessage> messages);

    /** Up to {@code max} messages (the worker's SQS BatchSize), or none after a short wait. */
    List<Delivery> receive(int max);

    void delete(List<Delivery> done);

    @Override
    void close();

    record Delivery(PaymentActionMessage message, String receipt) {
    }
}
