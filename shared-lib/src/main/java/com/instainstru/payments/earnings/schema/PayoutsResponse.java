package com.instainstru.payments.earnings.schema;

import java.util.List;

/**
 * One page of payouts, newest first. {@code nextCursor}: pass it as {@code startingAfter} for the next page; null
 * on the last one.
 */
public record PayoutsResponse(List<PayoutView> payouts, boolean hasMore, String nextCursor) {

    public PayoutsResponse {
        payouts = List.copyOf(payouts);
    }
}
