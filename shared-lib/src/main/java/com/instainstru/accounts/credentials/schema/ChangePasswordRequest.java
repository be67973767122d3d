package com.instainstru.accounts.credentials.schema;

public record ChangePasswordRequest(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[<hidden>]";
    }
}
