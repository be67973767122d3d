package com.instainstru.functions.auth;

import com.instainstru.accounts.privacy.PrivacyService;
import com.instainstru.accounts.privacy.schema.AccountDeletionRequest;
import com.instainstru.accounts.privacy.schema.AccountDeletionResponse;
import com.instainstru.accounts.privacy.schema.PersonalDataExport;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GDPR export and deletion (anonymization) of one's own account, and of any account for admins. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    private final PrivacyService privacy;
    private final Caller caller;

    public PrivacyResource(PrivacyService privacy, Caller caller) {
        this.privacy = privacy;
        this.caller = caller;
    }

    @GET
    @Path("/privacy/export/me")
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public PersonalDataExport exportMine() {
        return privacy.exportOwn(caller.require().userId());
    }

    /** Checks the password like a sign-in does, so it is limited like one. */
    @POST
    @Path("/privacy/delete/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @RequiresPermission(Permission.DELETE_OWN_ACCOUNT)
    public AccountDeletionResponse deleteMine(AccountDeletionRequest request) {
        FieldRules.requireBody(request);
        return privacy.deleteOwn(caller.require().userId(), request);
    }

    @GET
    @Path("/privacy/export/user/{userId}")
    @RateLimited(RateLimitBuckets.ADMIN)
    @RequiresPermission(Permission.MANAGE_USERS)
    public PersonalDataExport exportUser(@PathParam("userId") String userId) {
        return privacy.exportFor(caller.require().userId(), userId);
    }

    @POST
    @Path("/privacy/delete/user/{userId}")
    @RateLimited(RateLimitBuckets.ADMIN)
    @RequiresPermission(Permission.MANAGE_USERS)
    public AccountDeletionResponse deleteUser(@PathParam("userId") String userId) {
        return privacy.deleteFor(caller.require().userId(), userId);
    }
}
