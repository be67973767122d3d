package com.instainstru.functions.auth;

import com.instainstru.accounts.lifecycle.AccountLifecycleService;
import com.instainstru.accounts.lifecycle.StatusChange;
import com.instainstru.accounts.lifecycle.schema.AccountStatusResponse;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An instructor pausing, resuming or closing their own account (reference §5). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AccountStatusResource {

    private final AccountLifecycleService lifecycle;
    private final Caller caller;

    public AccountStatusResource(AccountLifecycleService lifecycle, Caller caller) {
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @GET
    @Path("/account/status")
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public AccountStatusResponse status() {
        return lifecycle.status(caller.require());
    }

    @POST
    @Path("/account/suspend")
    @RequiresPermission(Permission.SUSPEND_OWN_INSTRUCTOR_ACCOUNT)
    public AccountStatusResponse suspend() {
        return lifecycle.change(caller.require(), StatusChange.SUSPEND);
    }

    @POST
    @Path("/account/reactivate")
    @RequiresPermission(Permission.SUSPEND_OWN_INSTRUCTOR_ACCOUNT)
    public AccountStatusResponse reactivate() {
        return lifecycle.change(caller.require(), StatusChange.REACTIVATE);
    }

    /** Permanent: the account can never sign in again, and every session ends now. */
    @POST
    @Path("/account/deactivate")
    @RequiresPermission(Permission.SUSPEND_OWN_INSTRUCTOR_ACCOUNT)
    public AccountStatusResponse deactivate() {
        return lifecycle.change(caller.require(), StatusChange.DEACTIVATE);
    }
}
