package com.instainstru.accounts.passwordreset.schema;

public record PasswordResetConfirmRequest(String token, String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmRequest[<hidden>]";
    }
}
