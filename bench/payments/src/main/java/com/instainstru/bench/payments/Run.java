package com.instainstru.bench.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.workflow.ActionResult;
import com.instainstru.payments.workflow.PaymentActionMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One scenario at one count: the scheduler fires, sends what it found to the queue and fires again once the workers
 * have handled all of it (the production schedule fires every 5 minutes instead); the workers receive batches,
 * process each message in turn (as the payment-worker's BatchProcessor does) and delete the batch.
 */
final class Run {

    /** template.yaml: PaymentWorkerFunction's SQS BatchSize. */
    static final int BATCH_SIZE = 5;

    private final PaymentsBench.Scenario scenario;
    private final int count;
    private final ActionQueue queue;
    private final Clock clock;
    private final StripeRequests requests;
    private final MeteredStripeGateway gateway;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger handled = new AtomicInteger();
    private final AtomicInteger authorized = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong processNanos = new AtomicLong();
    private final AtomicLong receiveDeleteNanos = new AtomicLong();

    Run(PaymentsBench.Scenario scenario, int count, OutboundBudget pacer, String stripeBase, ActionQueue queue,
            ObjectMapper json, Clock clock) {
        this.scenario = scenario;
        this.count = count;
        this.queue = queue;
        this.clock = clock;
        this.requests = new StripeRequests(count * 2);
        this.gateway = new MeteredStripeGateway(stripeBase, pacer, requests);
    }

    StripeGateway gateway() {
        return gateway;
    }

    Result execute(PaymentWorkflow scheduling, List<PaymentWorkflow> working, double setupSeconds)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < working.size(); w++) {
            PaymentWorkflow worker = working.get(w);
            Thread thread = new Thread(() -> work(worker), "payment-worker-" + w);
            threads.add(thread);
        }
        long schedulerNanos = 0;
        long sendNanos = 0;
        int rounds = 0;
        int enqueued = 0;
        int largestRound = 0;
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        while (true) {
            long t0 = System.nanoTime();
            List<PaymentActionMessage> due = scheduling.scheduler.due(clock.instant());
            long t1 = System.nanoTime();
            schedulerNanos += t1 - t0;
            if (due.isEmpty()) {
                break;
            }
            queue.send(due);
            sendNanos += System.nanoTime() - t1;
            rounds++;
            enqueued += due.size();
            largestRound = Math.max(largestRound, due.size());
            while (handled.get() < enqueued) {
                LockSupport.parkNanos(200_000);
            }
            if (failed.get() > 0) {
                break;
            }
        }
        long wall = System.nanoTime() - start;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(scenario, count, setupSeconds, wall, rounds, largestRound, enqueued, authorized.get(),
                failed.get(), requests.count(), requests.peakPerSecond(), schedulerNanos, sendNanos,
                receiveDeleteNanos.get(), processNanos.get(), requests.callNanos.get(), requests.pacerWaitNanos.get());
    }

    private void work(PaymentWorkflow worker) {
        while (!stop.get()) {
            long t0 = System.nanoTime();
            List<ActionQueue.Delivery> batch = queue.receive(BATCH_SIZE);
            receiveDeleteNanos.addAndGet(System.nanoTime() - t0);
            List<ActionQueue.Delivery> done = new ArrayList<>();
            for (ActionQueue.Delivery delivery : batch) {
                long p0 = System.nanoTime();
                try {
                    if (worker.processor.process(delivery.message()) == ActionResult.AUTHORIZED) {
                        authorized.incrementAndGet();
                    }
                    done.add(delivery);
                } catch (RuntimeException e) {
                    // would be redelivered after the visibility timeout (360 s): beyond this run, so it stops
                    if (failed.incrementAndGet() <= 3) {
                        String why = String.valueOf(e);
                        System.err.println("worker failed on " + delivery.message() + ": "
                                + why.substring(0, Math.min(300, why.length())));
                    }
                } finally {
                    processNanos.addAndGet(System.nanoTime() - p0);
                    handled.incrementAndGet();
                }
            }
            long d0 = System.nanoTime();
            queue.delete(done);
            receiveDeleteNanos.addAndGet(System.nanoTime() - d0);
        }
    }

    record Result(PaymentsBench.Scenario scenario, int count, double setupSeconds, long wallNanos, int rounds,
            int largestRound, int enqueued, int authorized, int failed, int stripeRequests, int stripePeakPerSecond,
            long schedulerNanos, long sendNanos, long receiveDeleteNanos, long processNanos, long stripeCallNanos,
            long pacerWaitNanos) {

        double seconds() {
            return wallNanos / 1e9;
        }

        double wallMillisPerAuthorization() {
            return wallNanos / 1e6 / Math.max(1, authorized);
        }

        /** Worker time outside Stripe and the pacer: the claim, the record and their commits. */
        double dbMillisPerAuthorization() {
            return (processNanos - stripeCallNanos - pacerWaitNanos) / 1e6 / Math.max(1, authorized);
        }

        double schedulerMillisPerMessage() {
            return schedulerNanos / 1e6 / Math.max(1, enqueued);
        }

        void verify(int authorizedRows) {
            if (authorizedRows != count || authorized != count || failed > 0) {
                throw new IllegalStateException("expected " + count + " authorized payments, found " + authorizedRows
                        + " rows (" + authorized + " AUTHORIZED results, " + failed + " failures)");
            }
        }

        void print() {
            System.out.printf(Locale.ROOT, "%n%s, %,d due authorizations (Stripe stub %d ms, pacer %s, %d workers, "
                    + "queue %s); set-up %.1f s%n", scenario.name(), count, scenario.latencyMillis(),
                    scenario.rate() > 0 ? String.format(Locale.ROOT, "%.0f/s", scenario.rate()) : "off",
                    scenario.workers(), scenario.queue(), setupSeconds);
            System.out.printf(Locale.ROOT, "  wall %.1f s, %.1f authorizations/s, %d scheduler runs (largest %,d)%n",
                    seconds(), authorized / seconds(), rounds, largestRound);
            System.out.printf(Locale.ROOT, "  Stripe: %,d requests, %.1f/s average, peak %d in one second (live limit"
                    + " %d/s: %s)%n", stripeRequests, stripeRequests / seconds(), stripePeakPerSecond,
                    PaymentsBench.STRIPE_LIVE_LIMIT,
                    stripePeakPerSecond <= PaymentsBench.STRIPE_LIVE_LIMIT ? "under" : "OVER");
            System.out.printf(Locale.ROOT, "  per authorization (summed over workers): DB %.2f ms, Stripe call %.2f ms,"
                    + " pacer wait %.2f ms, queue receive+delete %.2f ms%n", dbMillisPerAuthorization(),
                    stripeCallNanos / 1e6 / Math.max(1, authorized), pacerWaitNanos / 1e6 / Math.max(1, authorized),
                    receiveDeleteNanos / 1e6 / Math.max(1, authorized));
            System.out.printf(Locale.ROOT, "  scheduler: %.3f ms per message found, send %.3f ms per message%n",
                    schedulerMillisPerMessage(), sendNanos / 1e6 / Math.max(1, enqueued));
        }
    }
}
