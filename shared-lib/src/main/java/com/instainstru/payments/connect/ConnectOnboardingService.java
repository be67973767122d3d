package com.instainstru.payments.connect;

import com.instainstru.payments.connect.schema.ConnectOnboardingResponse;
import com.instainstru.payments.connect.schema.ConnectStatusResponse;
import com.instainstru.payments.protection.OperationLock;
import com.instainstru.payments.protection.RedisMutex;
import com.instainstru.payments.stripe.AccountLinkResult;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.StripeFailure;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An instructor's Stripe Connect onboarding (reference §11): the Express account is created once (one row, one
 * Stripe idempotency key {@code instructor:{id}:connect-account}, and one onboarding at a time per instructor), and
 * every call returns a fresh single-use account link, since links expire within minutes.
 */
@ApplicationScoped
public class ConnectOnboardingService {

    static final String RETURN_PATH = "/instructor/onboarding/payment-setup?stripe=return";
    static final String REFRESH_PATH = "/instructor/onboarding/payment-setup?stripe=refresh";

    private final StripeGateway stripe;
    private final ConnectAccountRepository accounts;
    private final ConnectAccountService accountService;
    private final OperationLock lock;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final String frontendBaseUrl;

    public ConnectOnboardingService(StripeGateway stripe, ConnectAccountRepository accounts,
            ConnectAccountService accountService, OperationLock lock, Transactions tx, IdGenerator ids, Clock clock,
            @ConfigProperty(name = "instainstru.frontend.base-url") String frontendBaseUrl) {
        this.stripe = stripe;
        this.accounts = accounts;
        this.accountService = accountService;
        this.lock = lock;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.frontendBaseUrl = frontendBaseUrl.replaceAll("/+$", "");
    }

    public ConnectOnboardingResponse onboard(String instructorId) {
        String email = instructorEmail(instructorId);
        try (RedisMutex.Lease lease = lock.acquire("payments:lock:connect-onboarding:" + instructorId)) {
            String accountId = tx.call(() -> accounts.accountId(instructorId))
                    .orElseGet(() -> createAccount(instructorId, email));
            boolean ready = tx.call(() -> accounts.find(instructorId)).map(ConnectReadiness::stripeConnectReady)
                    .orElse(false);
            AccountLinkResult link = stripe(() -> stripe.createOnboardingLink(accountId,
                    frontendBaseUrl + REFRESH_PATH, frontendBaseUrl + RETURN_PATH,
                    IdempotencyKey.of("instructor", instructorId, "account-link-" + ids.newId())));
            return new ConnectOnboardingResponse(link.url(), link.expiresAt(), ready);
        }
    }

    /** Refreshed from Stripe when there is an account; Stripe being down answers 503, not stale flags. */
    public ConnectStatusResponse status(String instructorId) {
        instructorEmail(instructorId);
        Optional<String> accountId = tx.call(() -> accounts.accountId(instructorId));
        if (accountId.isEmpty()) {
            return new ConnectStatusResponse(false, false, false, false, List.of(), false, null);
        }
        stripe(() -> {
            accountService.refresh(accountId.get());
            return null;
        });
        ConnectReadiness readiness = tx.call(() -> accounts.find(instructorId)).orElseThrow();
        return new ConnectStatusResponse(true, readiness.chargesEnabled(), readiness.payoutsEnabled(),
                readiness.detailsSubmitted(), readiness.requirementsDue(), readiness.stripeConnectReady(),
                readiness.onboardingCompletedAt());
    }

    private String createAccount(String instructorId, String email) {
        String created = stripe(() -> stripe.createExpressAccount(instructorId, email,
                IdempotencyKey.of("instructor", instructorId, "connect-account")).id());
        return tx.call(() -> accounts.insertIfAbsent(instructorId, created, clock.instant()));
    }

    private String instructorEmail(String instructorId) {
        return tx.call(() -> accounts.instructorEmail(instructorId)).orElseThrow(() -> new ResourceNotFoundException(
                "INSTRUCTOR_PROFILE_NOT_FOUND", "Only instructors with a profile have a Stripe Connect account"));
    }

    private static <T> T stripe(Supplier<T> call) {
        try {
            return call.get();
        } catch (StripeFailure e) {
            throw new DependencyUnavailableException("Stripe", Duration.ofSeconds(5), e);
        }
    }
}
