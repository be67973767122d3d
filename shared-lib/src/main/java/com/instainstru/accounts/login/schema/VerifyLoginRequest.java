package com.instainstru.accounts.login.schema;

/** The challenge token from the login answer and either a TOTP {@code code} or a {@code backupCode}. */
public record VerifyLoginRequest(String twoFactorToken, String code, String backupCode) {

    @Override
    public String toString() {
        return "VerifyLoginRequest[]";
    }
}
