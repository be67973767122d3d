package com.instainstru.accounts.login;

import java.time.Instant;

/**
 * A row of {@code two_factor_challenges}: a login whose password was right and which waits for its second
 * factor. The token itself is never stored, only its SHA-256.
 */
public record TwoFactorChallenge(String id, String userId, Instant createdAt, Instant expiresAt, int failedAttempts,
        Instant consumedAt) {

    /** Wrong codes a challenge survives; the last one kills it. */
    static final int MAX_FAILED_ATTEMPTS = 5;

    boolean isSpent() {
        return consumedAt != null || failedAttempts >= MAX_FAILED_ATTEMPTS;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
