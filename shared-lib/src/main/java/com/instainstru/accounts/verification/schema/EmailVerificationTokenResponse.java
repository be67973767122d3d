package com.instainstru.accounts.verification.schema;

import java.time.Instant;

/** Proof that the caller controls {@code email}: send it with the registration, once, before it expires. */
public record EmailVerificationTokenResponse(String emailVerificationToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "EmailVerificationTokenResponse[expiresAt=" + expiresAt + "]";
    }
}
