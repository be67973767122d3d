package com.instainstru.accounts.permissions.schema;

import java.util.List;

/** The complete set of roles the user should have afterwards, e.g. {@code ["instructor", "admin"]}. */
public record RoleAssignmentRequest(List<String> roles) {
}
