package com.instainstru.accounts.verification;

import com.instainstru.platform.security.OpaqueTokens;
import java.time.Instant;

/** A row of {@code email_verification_codes}; {@code codeHash} is null when no code was sent. */
record VerificationCode(String id, String codeHash, Instant expiresAt, Instant consumedAt) {

    boolean accepts(String presentedHash, Instant now) {
        return codeHash != null && consumedAt == null && now.isBefore(expiresAt)
                && OpaqueTokens.sameSecret(codeHash, presentedHash);
    }
}
