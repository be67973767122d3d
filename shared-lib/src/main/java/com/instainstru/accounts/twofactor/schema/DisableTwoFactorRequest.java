package com.instainstru.accounts.twofactor.schema;

/** Re-authentication: the current password and either a TOTP {@code code} or a {@code backupCode}. */
public record DisableTwoFactorRequest(String currentPassword, String code, String backupCode) {

    @Override
    public String toString() {
        return "DisableTwoFactorRequest[]";
    }
}
