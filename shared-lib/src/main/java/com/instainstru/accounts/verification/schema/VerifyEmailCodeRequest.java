package com.instainstru.accounts.verification.schema;

public record VerifyEmailCodeRequest(String email, String code) {

    @Override
    public String toString() {
        return "VerifyEmailCodeRequest[code=<hidden>]";
    }
}
