package com.instainstru.payments.connect;

import com.instainstru.payments.webhooks.StripeEvent;
import com.instainstru.payments.webhooks.StripeEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** {@code account.updated} (Connect endpoint): refresh the instructor's readiness from Stripe. */
@ApplicationScoped
public class AccountUpdatedHandler implements StripeEventHandler {

    private final ConnectAccountService accounts;

    public AccountUpdatedHandler(ConnectAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<String> types() {
        return Set.of("account.updated");
    }

    @Override
    public void handle(StripeEvent event) {
        String accountId = event.objectId() != null ? event.objectId() : event.account();
        if (accountId == null) {
            throw new IllegalArgumentException("account.updated without an account id: " + event.id());
        }
        accounts.refresh(accountId);
    }
}
