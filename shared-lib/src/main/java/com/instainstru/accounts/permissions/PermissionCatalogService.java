package com.instainstru.accounts.permissions;

import com.instainstru.accounts.permissions.schema.PermissionCatalogResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** The permissions of reference §3 as the database holds them, with the roles that grant each by default. */
@ApplicationScoped
public class PermissionCatalogService {

    private final PermissionRepository permissions;

    public PermissionCatalogService(PermissionRepository permissions) {
        this.permissions = permissions;
    }

    public PermissionCatalogResponse catalog() {
        return new PermissionCatalogResponse(permissions.definitions());
    }
}
