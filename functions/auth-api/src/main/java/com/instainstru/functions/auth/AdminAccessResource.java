package com.instainstru.functions.auth;

import com.instainstru.accounts.permissions.PermissionCatalogService;
import com.instainstru.accounts.permissions.UserAccessService;
import com.instainstru.accounts.permissions.schema.AccessChangeResponse;
import com.instainstru.accounts.permissions.schema.PermissionCatalogResponse;
import com.instainstru.accounts.permissions.schema.PermissionOverrideRequest;
import com.instainstru.accounts.permissions.schema.RoleAssignmentRequest;
import com.instainstru.accounts.permissions.schema.UserAccessResponse;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * RBAC administration (reference §3): the permission catalogue, one user's access, their roles and per-user
 * overrides. Changes that take something away end the user's sessions at once; grants reach the user at
 * their next sign-in or refresh (see {@link AccessChangeResponse}).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited(RateLimitBuckets.ADMIN)
public class AdminAccessResource {

    private final PermissionCatalogService catalog;
    private final UserAccessService access;
    private final Caller caller;

    public AdminAccessResource(PermissionCatalogService catalog, UserAccessService access, Caller caller) {
        this.catalog = catalog;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("/admin/permissions")
    @RequiresPermission(Permission.ADMIN_READ)
    public PermissionCatalogResponse permissions() {
        return catalog.catalog();
    }

    @GET
    @Path("/admin/users/{userId}/access")
    @RequiresPermission(Permission.VIEW_ALL_USERS)
    public UserAccessResponse userAccess(@PathParam("userId") String userId) {
        return access.access(userId);
    }

    @PUT
    @Path("/admin/users/{userId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_ROLES)
    public AccessChangeResponse replaceRoles(@PathParam("userId") String userId, RoleAssignmentRequest request) {
        FieldRules.requireBody(request);
        return access.replaceRoles(caller.require().userId(), userId, request);
    }

    @PUT
    @Path("/admin/users/{userId}/permissions/{permission}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_PERMISSIONS)
    public AccessChangeResponse setOverride(@PathParam("userId") String userId,
            @PathParam("permission") String permission, PermissionOverrideRequest request) {
        FieldRules.requireBody(request);
        return access.setOverride(caller.require().userId(), userId, permission, request);
    }

    @DELETE
    @Path("/admin/users/{userId}/permissions/{permission}")
    @RequiresPermission(Permission.MANAGE_PERMISSIONS)
    public AccessChangeResponse removeOverride(@PathParam("userId") String userId,
            @PathParam("permission") String permission) {
        return access.removeOverride(caller.require().userId(), userId, permission);
    }
}
