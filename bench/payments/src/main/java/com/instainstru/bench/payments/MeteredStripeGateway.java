package com.instainstru.bench.payments;

import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.OffSessionAuthorization;
import com.instainstru.payments.stripe.PaymentIntentResult;
import com.instainstru.payments.stripe.StripeGateway;
import java.time.Duration;
import java.util.Optional;

/**
 * The real StripeGateway with the production outbound limiter ({@link OutboundBudget}) in front of the authorization
 * call, called here rather than inside the gateway so that the wait and the call are timed apart.
 */
final class MeteredStripeGateway extends StripeGateway {

    private final OutboundBudget pacer;
    private final StripeRequests requests;

    MeteredStripeGateway(String apiBase, OutboundBudget pacer, StripeRequests requests) {
        // the worker's production timeouts (template.yaml: 3 s connect, 8 s read)
        super(Optional.of("sk_test_51PaymentsBenchStubOnly"), Optional.of(apiBase), Duration.ofSeconds(3),
                Duration.ofSeconds(8));
        this.pacer = pacer;
        this.requests = requests;
    }

    @Override
    public PaymentIntentResult authorizeOffSession(OffSessionAuthorization authorization, IdempotencyKey key) {
        requests.pacerWaitNanos.addAndGet(pacer.acquire());
        long start = System.nanoTime();
        requests.started(start);
        try {
            return super.authorizeOffSession(authorization, key);
        } finally {
            requests.callNanos.addAndGet(System.nanoTime() - start);
        }
    }
}
