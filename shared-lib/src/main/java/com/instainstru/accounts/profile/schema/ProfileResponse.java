package com.instainstru.accounts.profile.schema;

import java.time.Instant;
import java.util.List;

/**
 * The caller's own profile, in full: only ever served to the user themselves (other people see a
 * {@link com.instainstru.platform.privacy.PublicName}). {@code permissions} are the effective ones now,
 * which the caller's current access token may not carry yet.
 */
public record ProfileResponse(
        String id,
        String email,
        String firstName,
        String lastName,
        String phone,
        boolean phoneVerified,
        boolean emailVerified,
        String timeZone,
        List<String> roles,
        List<String> permissions,
        String accountStatus,
        boolean twoFactorEnabled,
        Instant createdAt) {
}
