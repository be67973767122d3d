package com.instainstru.accounts.permissions.schema;

/** {@code granted: true} adds the permission beyond the user's roles; {@code false} takes it away. */
public record PermissionOverrideRequest(Boolean granted) {
}
