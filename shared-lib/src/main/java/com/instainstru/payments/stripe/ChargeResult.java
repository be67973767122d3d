package com.instainstru.payments.stripe;

import java.util.List;

/**
 * A charge ({@code ch_...}) with its refunds, amounts in cents.
 *
 * @param refunded Stripe's flag: the whole charge is refunded
 */
public record ChargeResult(String id, String paymentIntentId, int amountCents, int amountRefundedCents,
        boolean refunded, List<RefundResult> refunds) {
}
