package com.instainstru.accounts.privacy.schema;

import java.time.Instant;

/**
 * One refresh token of the person (a session is a family of them), without the token or its hash.
 * {@code usedAt} is when it was exchanged for the next one; {@code revokedAt} when its session ended.
 */
public record ExportedSession(String id, String sessionId, Instant issuedAt, Instant expiresAt, Instant usedAt,
        Instant revokedAt) {
}
