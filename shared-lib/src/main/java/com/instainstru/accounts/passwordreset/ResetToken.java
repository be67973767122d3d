package com.instainstru.accounts.passwordreset;

import java.time.Instant;

/** A row of {@code password_reset_tokens}. */
record ResetToken(String id, String userId, Instant expiresAt, Instant usedAt) {

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
