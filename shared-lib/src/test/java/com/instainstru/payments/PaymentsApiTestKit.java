package com.instainstru.payments;

import com.instainstru.payments.connect.ConnectAccountRepository;
import com.instainstru.payments.connect.ConnectAccountService;
import com.instainstru.payments.connect.ConnectDashboardService;
import com.instainstru.payments.connect.ConnectOnboardingService;
import com.instainstru.payments.customers.StripeCustomerRepository;
import com.instainstru.payments.customers.StripeCustomerService;
import com.instainstru.payments.earnings.EarningsRepository;
import com.instainstru.payments.earnings.EarningsService;
import com.instainstru.payments.earnings.InstructorPayoutsService;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.methods.PaymentMethodService;
import com.instainstru.payments.methods.PaymentMethodUsageRepository;
import com.instainstru.payments.protection.BookingOperationLock;
import com.instainstru.payments.protection.IdempotencyRecordRepository;
import com.instainstru.payments.protection.IdempotentRequests;
import com.instainstru.payments.protection.OperationLock;
import com.instainstru.payments.protection.RedisMutex;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.workflow.AuthorizationStep;
import com.instainstru.payments.workflow.ManualReview;
import com.instainstru.payments.workflow.PaymentWorkflowRepository;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.testsupport.stripe.StripeStub;
import java.time.Duration;
import java.util.Optional;

/**
 * The user-facing payments services (cards, Connect onboarding, protection) wired by hand over this run's database,
 * the machine's Redis and a Stripe stub. Redis is shared by every run: lock keys carry fresh ids.
 */
public final class PaymentsApiTestKit implements AutoCloseable {

    public static final String FRONTEND = "https://app.instainstru.test";

    public final PaymentsTestKit kit = new PaymentsTestKit();
    public final StripeStub stripe = StripeStub.start();
    public final RedisConnection redis = new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(500));
    public final RedisMutex mutex = new RedisMutex(redis);
    public final OperationLock operationLock = new OperationLock(mutex);
    public final BookingOperationLock bookingLock = new BookingOperationLock(operationLock);
    public final StripeGateway gateway = new StripeGateway(Optional.of("sk_test_51PaymentsApiKitStubOnly"),
            Optional.of(stripe.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5));
    public final StripeCustomerRepository customerRows = new StripeCustomerRepository(kit.platform.jdbc);
    public final StripeCustomerService customers = new StripeCustomerService(gateway, customerRows, mutex,
            kit.platform.tx, kit.clock);
    public final PaymentMethodService methods = new PaymentMethodService(customers, customerRows,
            new PaymentMethodUsageRepository(kit.platform.jdbc), gateway, kit.platform.tx, kit.platform.ids,
            kit.clock);
    public final ConnectAccountRepository accountRows = new ConnectAccountRepository(kit.platform.jdbc);
    public final ConnectAccountService accountService = new ConnectAccountService(gateway, accountRows,
            kit.platform.tx, kit.clock);
    public final ConnectOnboardingService onboarding = new ConnectOnboardingService(gateway, accountRows,
            accountService, operationLock, kit.platform.tx, kit.platform.ids, kit.clock, FRONTEND + "/");
    public final ConnectDashboardService dashboard = new ConnectDashboardService(gateway, accountService,
            kit.platform.ids);
    public final InstructorPayoutsService payouts = new InstructorPayoutsService(gateway, accountService);
    public final EarningsService earnings = new EarningsService(new EarningsRepository(kit.platform.jdbc),
            kit.platform.tx);
    public final IdempotentRequests idempotent = new IdempotentRequests(
            new IdempotencyRecordRepository(kit.platform.jdbc), kit.platform.tx, kit.platform.json, kit.clock);

    public final PaymentEventRepository ledger = new PaymentEventRepository(kit.platform.jdbc, kit.platform.ids,
            kit.platform.json);
    public final OutboxService outbox = new OutboxService(new OutboxRepository(kit.platform.jdbc, kit.platform.json),
            kit.platform.ids, kit.clock, kit.platform.json);

    /** The authorization step checkout and the card swap run in the request, over this kit's Stripe stub. */
    public AuthorizationStep authorization() {
        PaymentWorkflowRepository payments = new PaymentWorkflowRepository(kit.platform.jdbc);
        return new AuthorizationStep(payments, ledger, outbox, gateway, kit.platform.tx,
                new ManualReview(payments, ledger, outbox, kit.platform.tx, kit.clock), kit.clock);
    }

    @Override
    public void close() {
        stripe.close();
        redis.close();
    }
}
