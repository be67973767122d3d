package com.instainstru.accounts.twofactor.schema;

import java.time.Instant;

/** {@code setupPending}: a setup was started less than 15 minutes ago and not confirmed yet. */
public record TwoFactorStatusResponse(boolean enabled, boolean setupPending, Instant verifiedAt, Instant lastUsedAt,
        int backupCodesRemaining) {
}
