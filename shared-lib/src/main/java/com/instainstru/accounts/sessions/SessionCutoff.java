package com.instainstru.accounts.sessions;

import java.time.Instant;

/**
 * What every function needs to know about a user to accept an access token: that the user exists and
 * which tokens are revoked (issued before {@code tokensValidAfter}). Cached in Redis, loaded from PostgreSQL.
 */
public record SessionCutoff(boolean userExists, Instant tokensValidAfter) {

    static SessionCutoff none() {
        return new SessionCutoff(false, null);
    }

    boolean accepts(Instant issuedAt) {
        return userExists && !issuedAt.isBefore(tokensValidAfter);
    }
}
