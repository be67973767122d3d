package com.instainstru.accounts.passwordreset.schema;

public record PasswordResetRequest(String email) {
}
