package com.instainstru.payments.earnings;

import static com.instainstru.payments.stripe.StripeAvailability.orUnavailable;

import com.instainstru.payments.connect.ConnectAccountService;
import com.instainstru.payments.earnings.schema.PayoutView;
import com.instainstru.payments.earnings.schema.PayoutsResponse;
import com.instainstru.payments.stripe.PayoutPage;
import com.instainstru.payments.stripe.StripeGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The payouts of the caller's own connected account, read from Stripe on each call (Stripe pays the bank; we keep
 * no copy). Only the caller's account is ever named in the {@code Stripe-Account} header.
 */
@ApplicationScoped
public class InstructorPayoutsService {

    private final StripeGateway stripe;
    private final ConnectAccountService connect;

    public InstructorPayoutsService(StripeGateway stripe, ConnectAccountService connect) {
        this.stripe = stripe;
        this.connect = connect;
    }

    public PayoutsResponse payouts(String instructorId, PayoutsQuery query) {
        String accountId = connect.requireAccount(instructorId).stripeAccountId();
        PayoutPage page = orUnavailable(() -> stripe.listPayouts(accountId, query.limit(), query.startingAfter()));
        List<PayoutView> payouts = page.payouts().stream()
                .map(payout -> new PayoutView(payout.id(), payout.amountCents(), payout.currency(),
                        payout.arrivalDate(), payout.status()))
                .toList();
        String next = page.hasMore() && !payouts.isEmpty() ? payouts.get(payouts.size() - 1).id() : null;
        return new PayoutsResponse(payouts, page.hasMore(), next);
    }
}
