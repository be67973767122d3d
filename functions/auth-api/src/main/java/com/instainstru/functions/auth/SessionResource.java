package com.instainstru.functions.auth;

import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.sessions.schema.RefreshRequest;
import com.instainstru.accounts.sessions.schema.TokenResponse;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Session endpoints: rotate a refresh token, end one session, end every session of the caller. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;
    private final Caller caller;

    public SessionResource(SessionService sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Path("/auth/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitBuckets.AUTH_REFRESH)
    @PublicEndpoint(reason = "the refresh token in the body is the credential")
    public TokenResponse refresh(RefreshRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check().text("refreshToken", request.refreshToken(), 1, 200).orThrow();
        return TokenResponse.of(sessions.refresh(request.refreshToken()));
    }

    @POST
    @Path("/auth/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint(reason = "the refresh token in the body is the credential; unknown tokens are ignored")
    public RestResponse<Void> logout(RefreshRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check().text("refreshToken", request.refreshToken(), 1, 200).orThrow();
        sessions.logout(request.refreshToken());
        return RestResponse.noContent();
    }

    @POST
    @Path("/account/logout-all-devices")
    @RequiresPermission(Permission.MANAGE_OWN_PROFILE)
    public RestResponse<Void> logoutAllDevices() {
        sessions.endAllSessions(caller.require().userId());
        return RestResponse.noContent();
    }
}
