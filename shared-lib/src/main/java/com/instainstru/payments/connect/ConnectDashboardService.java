package com.instainstru.payments.connect;

import static com.instainstru.payments.stripe.StripeAvailability.orUnavailable;

import com.instainstru.payments.connect.schema.DashboardLinkResponse;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.LoginLinkResult;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.ids.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The instructor's own Express dashboard (reference §11). Stripe makes login links only for accounts that finished
 * onboarding, so an account we last saw without its details submitted is re-fetched first: a missed
 * {@code account.updated} must not lock the instructor out.
 */
@ApplicationScoped
public class ConnectDashboardService {

    private final StripeGateway stripe;
    private final ConnectAccountService accountService;
    private final IdGenerator ids;

    public ConnectDashboardService(StripeGateway stripe, ConnectAccountService accountService, IdGenerator ids) {
        this.stripe = stripe;
        this.accountService = accountService;
        this.ids = ids;
    }

    public DashboardLinkResponse dashboardLink(String instructorId) {
        ConnectReadiness account = onboardedAccount(instructorId);
        // a login link is single-use: every request is a new one, hence a new key
        LoginLinkResult link = orUnavailable(() -> stripe.createLoginLink(account.stripeAccountId(),
                IdempotencyKey.of("instructor", instructorId, "login-link-" + ids.newId())));
        return new DashboardLinkResponse(link.url(), link.createdAt());
    }

    /** The caller's account once its details are submitted; 404 without one, 422 while onboarding is unfinished. */
    private ConnectReadiness onboardedAccount(String instructorId) {
        ConnectReadiness account = accountService.requireAccount(instructorId);
        if (account.detailsSubmitted()) {
            return account;
        }
        orUnavailable(() -> {
            accountService.refresh(account.stripeAccountId());
            return null;
        });
        ConnectReadiness refreshed = accountService.requireAccount(instructorId);
        if (!refreshed.detailsSubmitted()) {
            throw new BusinessRuleException("CONNECT_ONBOARDING_INCOMPLETE",
                    "Finish Stripe onboarding before opening the payouts dashboard");
        }
        return refreshed;
    }
}
