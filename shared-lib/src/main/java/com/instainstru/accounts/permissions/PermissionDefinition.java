package com.instainstru.accounts.permissions;

import java.util.List;

/** A permission as seeded: its group (shared, student, instructor, admin) and the roles that grant it. */
public record PermissionDefinition(String name, String group, List<String> grantedByRoles) {
}
