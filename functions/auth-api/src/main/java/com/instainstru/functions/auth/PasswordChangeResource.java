package com.instainstru.functions.auth;

import com.instainstru.accounts.credentials.PasswordChangeService;
import com.instainstru.accounts.credentials.schema.ChangePasswordRequest;
import com.instainstru.accounts.sessions.schema.TokenResponse;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordChangeResource {

    private final PasswordChangeService passwords;
    private final Caller caller;

    public PasswordChangeResource(PasswordChangeService passwords, Caller caller) {
        this.passwords = passwords;
        this.caller = caller;
    }

    /** Ends every session of the caller and answers with a fresh one for this device. */
    @POST
    @Path("/auth/change-password")
    @RequiresPermission(Permission.CHANGE_OWN_PASSWORD)
    public TokenResponse changePassword(ChangePasswordRequest request) {
        FieldRules.requireBody(request);
        return TokenResponse.of(passwords.change(caller.require().userId(), request.currentPassword(),
                request.newPassword()));
    }
}
