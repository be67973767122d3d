package com.instainstru.accounts.twofactor;

import java.time.Instant;

/** The 2FA columns of a user that the status endpoint shows, and the number of unused backup codes. */
public record TwoFactorState(boolean enabled, Instant setupStartedAt, Instant verifiedAt, Instant lastUsedAt,
        int backupCodesRemaining) {
}
