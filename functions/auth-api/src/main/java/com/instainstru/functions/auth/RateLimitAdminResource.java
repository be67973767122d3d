package com.instainstru.functions.auth;

import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.ratelimit.RateLimitAdminService;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.ratelimit.schema.BucketSetting;
import com.instainstru.platform.ratelimit.schema.BucketUpdateRequest;
import com.instainstru.platform.ratelimit.schema.RateLimitSettingsResponse;
import com.instainstru.platform.ratelimit.schema.RouteKeyRequest;
import com.instainstru.platform.ratelimit.schema.RouteOverrideRequest;
import com.instainstru.platform.ratelimit.schema.RouteOverrideSetting;
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
import org.jboss.resteasy.reactive.RestResponse;

/** Run-time rate-limit configuration (reference §23): bucket parameters, shadow mode, route overrides. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited(RateLimitBuckets.ADMIN)
public class RateLimitAdminResource {

    private final RateLimitAdminService rateLimits;
    private final Caller caller;

    public RateLimitAdminResource(RateLimitAdminService rateLimits, Caller caller) {
        this.rateLimits = rateLimits;
        this.caller = caller;
    }

    @GET
    @Path("/admin/rate-limits")
    @RequiresPermission(Permission.ADMIN_READ)
    public RateLimitSettingsResponse settings() {
        return rateLimits.settings();
    }

    @PUT
    @Path("/admin/rate-limits/buckets/{bucket}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN_MANAGE)
    public BucketSetting updateBucket(@PathParam("bucket") String bucket, BucketUpdateRequest request) {
        FieldRules.requireBody(request);
        return rateLimits.updateBucket(caller.require().userId(), bucket, request);
    }

    /** Back to the bucket's code defaults. */
    @DELETE
    @Path("/admin/rate-limits/buckets/{bucket}")
    @RequiresPermission(Permission.ADMIN_MANAGE)
    public BucketSetting resetBucket(@PathParam("bucket") String bucket) {
        return rateLimits.resetBucket(caller.require().userId(), bucket);
    }

    @PUT
    @Path("/admin/rate-limits/routes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN_MANAGE)
    public RouteOverrideSetting setRouteOverride(RouteOverrideRequest request) {
        FieldRules.requireBody(request);
        return rateLimits.setRouteOverride(caller.require().userId(), request);
    }

    @DELETE
    @Path("/admin/rate-limits/routes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN_MANAGE)
    public RestResponse<Void> removeRouteOverride(RouteKeyRequest request) {
        FieldRules.requireBody(request);
        rateLimits.removeRouteOverride(caller.require().userId(), request);
        return RestResponse.noContent();
    }
}
