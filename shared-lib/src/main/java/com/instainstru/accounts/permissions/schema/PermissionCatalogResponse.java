package com.instainstru.accounts.permissions.schema;

import com.instainstru.accounts.permissions.PermissionDefinition;
import java.util.List;

/** Every permission, its group and the roles that grant it by default. */
public record PermissionCatalogResponse(List<PermissionDefinition> permissions) {
}
