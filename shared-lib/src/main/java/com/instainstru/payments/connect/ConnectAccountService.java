package com.instainstru.payments.connect;

import com.instainstru.payments.stripe.ConnectAccount;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Instructors' Connect accounts. Readiness is always what Stripe reports when asked, never what a webhook payload
 * said: events arrive in any order, and an old {@code account.updated} must not undo a newer state.
 */
@ApplicationScoped
public class ConnectAccountService {

    private static final Logger LOG = Logger.getLogger(ConnectAccountService.class);

    private final StripeGateway stripe;
    private final ConnectAccountRepository accounts;
    private final Transactions tx;
    private final Clock clock;

    public ConnectAccountService(StripeGateway stripe, ConnectAccountRepository accounts, Transactions tx,
            Clock clock) {
        this.stripe = stripe;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    /** Re-fetches the account from Stripe (outside any transaction) and records its readiness. */
    public void refresh(String stripeAccountId) {
        ConnectAccount account = stripe.retrieveAccount(stripeAccountId);
        Optional<String> instructor = tx.call(() -> accounts.updateReadiness(account, clock.instant()));
        if (instructor.isEmpty()) {
            LOG.warnf("account.updated for %s, which is no instructor's account: ignored", stripeAccountId);
        }
    }

    public Optional<ConnectReadiness> readiness(String instructorId) {
        return accounts.find(instructorId);
    }

    /** The instructor's account as we last saw it; 404 CONNECT_ACCOUNT_NOT_FOUND without one (or a non-instructor). */
    public ConnectReadiness requireAccount(String instructorId) {
        return tx.call(() -> accounts.find(instructorId)).orElseThrow(() -> new ResourceNotFoundException(
                "CONNECT_ACCOUNT_NOT_FOUND", "You have no Stripe Connect account yet: start payout onboarding first"));
    }
}
