package com.instainstru.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * The caller of a request, as its verified access token describes it: who (a user id), what they may do
 * (their effective permissions when the token was issued) and when the token was issued.
 */
public record AuthenticatedUser(String userId, Set<Permission> permissions, Instant issuedAt) {

    public AuthenticatedUser {
        permissions = Set.copyOf(permissions);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
