package com.instainstru.accounts.privacy.schema;

import java.time.Instant;

/** The person's row of {@code users}, without the password hash and TOTP secret. */
public record ExportedProfile(
        String id,
        String email,
        String firstName,
        String lastName,
        String phone,
        boolean phoneVerified,
        boolean emailVerified,
        String timeZone,
        String accountStatus,
        boolean accountLocked,
        boolean accountRestricted,
        boolean creditBalanceFrozen,
        Instant tokensValidAfter,
        Instant anonymizedAt,
        Instant createdAt,
        Instant updatedAt) {
}
