package com.instainstru.accounts.twofactor.schema;

/** A 6-digit code from the authenticator app. */
public record TwoFactorCodeRequest(String code) {

    @Override
    public String toString() {
        return "TwoFactorCodeRequest[]";
    }
}
