package com.instainstru.payments.stripe;

import java.util.List;

/** One page of payouts, newest first; {@code hasMore}: Stripe has older ones after the last. */
public record PayoutPage(List<StripePayout> payouts, boolean hasMore) {

    public PayoutPage {
        payouts = List.copyOf(payouts);
    }
}
