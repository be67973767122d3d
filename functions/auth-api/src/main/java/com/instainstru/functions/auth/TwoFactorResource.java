package com.instainstru.functions.auth;

import com.instainstru.accounts.credentials.PasswordPolicy;
import com.instainstru.accounts.twofactor.TwoFactorService;
import com.instainstru.accounts.twofactor.schema.BackupCodesResponse;
import com.instainstru.accounts.twofactor.schema.DisableTwoFactorRequest;
import com.instainstru.accounts.twofactor.schema.SecondFactorFields;
import com.instainstru.accounts.twofactor.schema.TwoFactorCodeRequest;
import com.instainstru.accounts.twofactor.schema.TwoFactorSetupResponse;
import com.instainstru.accounts.twofactor.schema.TwoFactorStatusResponse;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The caller's own two-factor settings: setup, status, disable, new backup codes. (The class path is the
 * common /api/v1 so that /2fa/verify-login, in LoginResource, is not shadowed by a longer class path.)
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

    private final TwoFactorService twoFactor;
    private final Caller caller;

    public TwoFactorResource(TwoFactorService twoFactor, Caller caller) {
        this.twoFactor = twoFactor;
        this.caller = caller;
    }

    @POST
    @Path("/2fa/setup/initiate")
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public TwoFactorSetupResponse initiateSetup() {
        return twoFactor.initiateSetup(caller.require().userId());
    }

    @POST
    @Path("/2fa/setup/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public BackupCodesResponse confirmSetup(TwoFactorCodeRequest request) {
        FieldRules.requireBody(request);
        SecondFactorFields.totpCode(FieldRules.check(), request.code()).orThrow();
        return new BackupCodesResponse(twoFactor.confirmSetup(caller.require().userId(), request.code()));
    }

    @GET
    @Path("/2fa/status")
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public TwoFactorStatusResponse status() {
        return twoFactor.status(caller.require().userId());
    }

    @POST
    @Path("/2fa/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public RestResponse<Void> disable(DisableTwoFactorRequest request) {
        FieldRules.requireBody(request);
        FieldRules rules = FieldRules.check().text("currentPassword", request.currentPassword(), 1,
                PasswordPolicy.MAX_LENGTH);
        SecondFactorFields.codeOrBackupCode(rules, request.code(), request.backupCode()).orThrow();
        twoFactor.disable(caller.require().userId(), request.currentPassword(), request.code(), request.backupCode());
        return RestResponse.noContent();
    }

    @POST
    @Path("/2fa/regenerate-backup-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public BackupCodesResponse regenerateBackupCodes(TwoFactorCodeRequest request) {
        FieldRules.requireBody(request);
        SecondFactorFields.totpCode(FieldRules.check(), request.code()).orThrow();
        return new BackupCodesResponse(twoFactor.regenerateBackupCodes(caller.require().userId(), request.code()));
    }
}

