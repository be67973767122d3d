package com.instainstru.payments.credits;

import java.time.Instant;

/**
 * One {@code platform_credits} row. {@code expiresAt} null means the credit never expires (admin adjustments);
 * {@code splitFromCreditId} names the row a partial reservation or settlement split this one from.
 */
public record Credit(String id, String userId, int amountCents, CreditSource source, String sourceBookingId,
        String splitFromCreditId, CreditStatus status, String reservedForBookingId, Instant expiresAt,
        Instant createdAt) {

    /** Past its expiry at {@code now}: a credit expires at exactly its expiry instant. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
