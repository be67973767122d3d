package com.instainstru.payments.customers;

import com.instainstru.payments.protection.RedisMutex;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.StripeFailure;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One Stripe customer per user (reference §11), created the first time the user needs one. Concurrent first calls
 * create one customer: they take turns on a Redis lease (the later one then finds the row), Stripe receives the
 * same idempotency key {@code user:{id}:customer} from both anyway, and the row is inserted ON CONFLICT DO NOTHING.
 */
@ApplicationScoped
public class StripeCustomerService {

    static final Duration CREATION_LEASE = Duration.ofSeconds(15);
    private static final Duration WAIT_STEP = Duration.ofMillis(50);

    private final StripeGateway stripe;
    private final StripeCustomerRepository customers;
    private final RedisMutex mutex;
    private final Transactions tx;
    private final Clock clock;

    public StripeCustomerService(StripeGateway stripe, StripeCustomerRepository customers, RedisMutex mutex,
            Transactions tx, Clock clock) {
        this.stripe = stripe;
        this.customers = customers;
        this.mutex = mutex;
        this.tx = tx;
        this.clock = clock;
    }

    public Optional<CustomerRecord> find(String userId) {
        return tx.call(() -> customers.find(userId));
    }

    /** The user's customer, created at Stripe (outside any transaction) when there is none yet. */
    public CustomerRecord ensure(String userId) {
        Optional<CustomerRecord> existing = find(userId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (RedisMutex.Lease lease = awaitCreationLease(userId)) {
            return find(userId).orElseGet(() -> create(userId));
        }
    }

    private CustomerRecord create(String userId) {
        CustomerIdentity identity = tx.call(() -> customers.identity(userId))
                .orElseThrow(() -> new ResourceNotFoundException("USER_NOT_FOUND", "No such user"));
        String customerId;
        try {
            customerId = stripe.createCustomer(userId, identity.email(), identity.name(),
                    IdempotencyKey.of("user", userId, "customer")).id();
        } catch (StripeFailure e) {
            throw new DependencyUnavailableException("Stripe", Duration.ofSeconds(5), e);
        }
        return tx.call(() -> customers.insertIfAbsent(userId, customerId, clock.instant()));
    }

    // The first caller creates; a concurrent one waits for it (bounded by the lease) rather than failing.
    private RedisMutex.Lease awaitCreationLease(String userId) {
        String key = "payments:lock:customer:" + userId;
        long attempts = CREATION_LEASE.toMillis() / WAIT_STEP.toMillis();
        for (long attempt = 0; attempt < attempts; attempt++) {
            Optional<RedisMutex.Lease> lease = mutex.tryAcquire(key, CREATION_LEASE);
            if (lease.isPresent()) {
                return lease.get();
            }
            pause();
        }
        throw new DependencyUnavailableException("Stripe", Duration.ofSeconds(1), null);
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the customer creation lease", e);
        }
    }
}
