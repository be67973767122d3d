package com.instainstru.accounts.permissions;

import java.time.Instant;

/** A row of {@code user_roles}: the role's name ({@code student}, {@code instructor}, {@code admin}) and when. */
public record RoleGrant(String role, Instant grantedAt) {
}
