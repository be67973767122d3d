package com.instainstru.payments.credits;

import java.time.Instant;

/** Payload of {@code credits.issued} and {@code credits.milestone_awarded} (for notifications). */
public record CreditIssued(String creditId, String userId, int amountCents, String source, String sourceBookingId,
        Instant expiresAt) {

    static CreditIssued of(Credit credit) {
        return new CreditIssued(credit.id(), credit.userId(), credit.amountCents(), credit.source().code(),
                credit.sourceBookingId(), credit.expiresAt());
    }
}
