package com.instainstru.payments.setup;

import com.instainstru.pricing.PaymentAmounts;
import java.time.Instant;

/** The payment row {@link PaymentSetupService#schedule} created: its amounts and when authorization is due. */
public record ScheduledPayment(String bookingId, PaymentAmounts amounts, String destinationAccountId,
        Instant authScheduledFor) {
}
