package com.instainstru.accounts.passwordreset.schema;

/** Whether a reset link still works, and whose account it is for, masked (e.g. {@code j***@example.com}). */
public record PasswordResetTokenStatus(boolean valid, String email) {

    public static PasswordResetTokenStatus invalid() {
        return new PasswordResetTokenStatus(false, null);
    }
}
