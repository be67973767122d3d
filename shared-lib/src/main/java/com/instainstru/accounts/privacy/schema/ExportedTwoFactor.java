package com.instainstru.accounts.privacy.schema;

import java.time.Instant;

/** Two-factor status without the secret or the backup codes themselves. */
public record ExportedTwoFactor(boolean enabled, Instant verifiedAt, Instant setupStartedAt, Instant lastUsedAt,
        int backupCodesRemaining, int backupCodesUsed) {
}
