package com.instainstru.payments.setup;

import com.instainstru.pricing.PaymentAmounts;
import java.time.Instant;

/**
 * The payment row {@link PaymentSetupService#schedule} created: its amounts and when authorization is due.
 * {@code bookingStatus} PENDING (a lesson less than 24 h ahead) means the card is to be authorized in the request.
 */
public record ScheduledPayment(String bookingId, PaymentAmounts amounts, String destinationAccountId,
        Instant authScheduledFor, String bookingStatus) {

    public boolean bookingPending() {
        return "PENDING".equals(bookingStatus);
    }
}
