package com.instainstru.bench.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.workflow.PaymentAction;
import com.instainstru.payments.workflow.PaymentActionMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SQS leg alone on moto: {@code count} messages sent ten per request (as the scheduler sends them), then
 * received five at a time and deleted by {@code workers} threads until the queue is empty (as the payment workers'
 * event source does). Measured on its own because moto is far slower than SQS and would dominate the end-to-end run.
 */
final class QueueLeg {

    static void measure(int count, int workers, ObjectMapper json, Clock clock) throws InterruptedException {
        try (SqsActionQueue queue = new SqsActionQueue(json)) {
            List<PaymentActionMessage> messages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                messages.add(new PaymentActionMessage(UUID.randomUUID().toString(), PaymentAction.AUTHORIZE,
                        clock.instant()));
            }
            long t0 = System.nanoTime();
            queue.send(messages);
            long sent = System.nanoTime() - t0;
            AtomicInteger received = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            long t1 = System.nanoTime();
            for (int w = 0; w < workers; w++) {
                Thread thread = new Thread(() -> {
                    while (received.get() < count) {
                        List<ActionQueue.Delivery> batch = queue.receive(Run.BATCH_SIZE);
                        queue.delete(batch);
                        received.addAndGet(batch.size());
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long drained = System.nanoTime() - t1;
            System.out.printf(Locale.ROOT, "%nSQS leg alone on moto, %,d messages: send %.1f s (%.0f messages/s, %.2f ms"
                    + " per SendMessageBatch of 10); %d threads receive 5 + delete %.1f s (%.0f messages/s)%n", count,
                    sent / 1e9, count / (sent / 1e9), sent / 1e6 / Math.ceil(count / 10.0), workers, drained / 1e9,
                    received.get() / (drained / 1e9));
        }
    }
}
