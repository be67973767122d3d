package com.instainstru.accounts.sessions;

import java.time.Instant;

/** A row of {@code refresh_tokens}; the token itself is never stored, only its SHA-256. */
public record RefreshToken(String id, String familyId, String userId, Instant issuedAt, Instant expiresAt,
        Instant usedAt, Instant revokedAt) {
}
