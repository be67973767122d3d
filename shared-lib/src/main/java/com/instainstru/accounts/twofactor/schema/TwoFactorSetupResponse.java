package com.instainstru.accounts.twofactor.schema;

import java.time.Instant;

/**
 * A started 2FA setup: the secret in base32 (for typing it in) and as an {@code otpauth://} URI (for the QR
 * code). The setup must be confirmed with a code before {@code expiresAt}.
 */
public record TwoFactorSetupResponse(String secret, String otpauthUri, Instant expiresAt) {

    @Override
    public String toString() {
        return "TwoFactorSetupResponse[expiresAt=" + expiresAt + "]";
    }
}
