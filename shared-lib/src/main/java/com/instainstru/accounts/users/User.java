package com.instainstru.accounts.users;

import java.time.Instant;

/** A row of {@code users}. Secrets (password hash, encrypted TOTP secret) never leave the services. */
public record User(
        String id,
        String email,
        String firstName,
        String lastName,
        String phone,
        boolean phoneVerified,
        boolean emailVerified,
        String passwordHash,
        String timeZone,
        AccountStatus status,
        boolean accountLocked,
        boolean accountRestricted,
        boolean creditBalanceFrozen,
        Instant tokensValidAfter,
        String totpSecret,
        boolean totpEnabled,
        Long totpLastUsedStep,
        Instant twoFactorSetupAt,
        Instant anonymizedAt,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }

    /** Deactivated and anonymized accounts cannot sign in or refresh. */
    public boolean canSignIn() {
        return status != AccountStatus.DEACTIVATED && !isAnonymized();
    }
}
