package com.instainstru.payments.stripe;

import java.util.List;

/**
 * A Connect Express account ({@code acct_...}) as Stripe reports it now.
 *
 * @param requirementsDue {@code requirements.currently_due} plus {@code past_due}: what Stripe still needs
 */
public record ConnectAccount(String id, boolean chargesEnabled, boolean payoutsEnabled, boolean detailsSubmitted,
        List<String> requirementsDue) {

    public ConnectAccount {
        requirementsDue = List.copyOf(requirementsDue);
    }

    /** Bookings may charge to this account: charges and payouts enabled, details submitted, nothing due. */
    public boolean ready() {
        return chargesEnabled && payoutsEnabled && detailsSubmitted && requirementsDue.isEmpty();
    }
}
