package com.instainstru.accounts.permissions;

import java.time.Instant;

/** A row of {@code user_permissions}: one permission granted to or revoked from one user beyond their roles. */
public record PermissionOverride(String permission, boolean granted, Instant changedAt) {
}
