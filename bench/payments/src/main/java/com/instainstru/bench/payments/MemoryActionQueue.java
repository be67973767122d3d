package com.instainstru.bench.payments;

import com.instainstru.payments.workflow.PaymentActionMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The queue leg without SQS: a blocking queue in the benchmark's process, to measure the rest without moto. */
final class MemoryActionQueue implements ActionQueue {

    private final LinkedBlockingQueue<PaymentActionMessage> messages = new LinkedBlockingQueue<>();

    @Override
    public void send(List<PaymentActionMessage> batch) {
        messages.addAll(batch);
    }

    @Override
    public List<Delivery> receive(int max) {
        List<Delivery> deliveries = new ArrayList<>();
        try {
            PaymentActionMessage first = messages.poll(100, TimeUnit.MILLISECONDS);
            if (first != null) {
                deliveries.add(new Delivery(first, ""));
                List<PaymentActionMessage> more = new ArrayList<>();
                messages.drainTo(more, max - 1);
                more.forEach(message -> deliveries.add(new Delivery(message, "")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return deliveries;
    }

    @Override
    public void delete(List<Delivery> done) {
    }

    @Override
    public void close() {
    }
}
