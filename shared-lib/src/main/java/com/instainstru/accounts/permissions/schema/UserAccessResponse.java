package com.instainstru.accounts.permissions.schema;

import com.instainstru.accounts.permissions.PermissionOverride;
import java.util.List;

/**
 * A user's roles, per-user overrides and the effective permissions they produce (role grants plus granted
 * overrides minus revoked ones), as the user's next access token will carry them.
 */
public record UserAccessResponse(String userId, List<String> roles, List<PermissionOverride> overrides,
        List<String> effectivePermissions) {
}
