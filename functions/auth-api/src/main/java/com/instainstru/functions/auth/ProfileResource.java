package com.instainstru.functions.auth;

import com.instainstru.accounts.profile.ProfileService;
import com.instainstru.accounts.profile.schema.ProfileResponse;
import com.instainstru.accounts.profile.schema.ProfileUpdateRequest;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's own profile. There is no route to another user's profile here: "me" is the token's user. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;
    private final Caller caller;

    public ProfileResource(ProfileService profiles, Caller caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @Path("/users/me")
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public ProfileResponse me() {
        return profiles.profile(caller.require().userId());
    }

    @PATCH
    @Path("/users/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public ProfileResponse update(ProfileUpdateRequest request) {
        FieldRules.requireBody(request);
        return profiles.update(caller.require().userId(), request);
    }
}
