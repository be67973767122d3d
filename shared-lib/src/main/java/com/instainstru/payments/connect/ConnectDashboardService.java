package com.instainstru.payments.connect;

import static com.instainstru.payments.stripe.StripeAvailability.orUnavailable;

import com.instainstru.payments.connect.schema.DashboardLinkResponse;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.LoginLinkResult;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The instructor's own Express dashboard (reference §11). Stripe makes login links only for accounts that finished
 * onboarding, so an account we last saw without its details submitted is re-fetched first: a missed
 * {@code account.updated} must not lock the instructor out.
 */
@ApplicationScoped
public class ConnectDashboardService {

    private final StripeGateway stripe;
    private final ConnectAccountRepository accounts;
    private final ConnectAccountService accountService;
    private final Transactions tx;
    private final IdGenerator ids;

    public ConnectDashboardService(StripeGateway stripe, ConnectAccountRepository accounts,
            ConnectAccountService accountService, Transactions tx, IdGenerator ids) {
        this.stripe = stripe;
        this.accounts = accounts;
        this.accountService = accountService;
        this.tx = tx;
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
    public ConnectReadiness onboardedAccount(String instructorId) {
        ConnectReadiness account = existingAccount(instructorId);
        if (account.detailsSubmitted()) {
            return account;
        }
        orUnavailable(() -> {
            accountService.refresh(account.stripeAccountId());
            return null;
        });
        ConnectReadiness refreshed = existingAccount(instructorId);
        if (!refreshed.detailsSubmitted()) {
            throw new BusinessRuleException("CONNECT_ONBOARDING_INCOMPLETE",
                    "Finish Stripe onboarding before opening the payouts dashboard");
        }
        return refreshed;
    }

    /** The caller's account as we last saw it; 404 when the caller has none (or is no instructor). */
    public ConnectReadiness existingAccount(String instructorId) {
        return tx.call(() -> accounts.find(instructorId)).orElseThrow(() -> new ResourceNotFoundException(
                "CONNECT_ACCOUNT_NOT_FOUND", "You have no Stripe Connect account yet: start payout onboarding first"));
    }
}
