package com.instainstru.functions.auth;

import com.instainstru.accounts.passwordreset.PasswordResetService;
import com.instainstru.accounts.passwordreset.schema.PasswordResetConfirmRequest;
import com.instainstru.accounts.passwordreset.schema.PasswordResetRequest;
import com.instainstru.accounts.passwordreset.schema.PasswordResetTokenStatus;
import com.instainstru.accounts.schema.AcceptedResponse;
import com.instainstru.http.ClientAddress;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Forgotten password: request a single-use link by email, check it, set a new password with it. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    static final String LINK_SENT = "If an account uses this address, a password reset link is on its way.";

    private final PasswordResetService resets;
    private final ClientAddress clientAddress;

    public PasswordResetResource(PasswordResetService resets, ClientAddress clientAddress) {
        this.resets = resets;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/password-reset/request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "for users who cannot sign in; the answer never reveals whether the address has an account")
    public RestResponse<AcceptedResponse> request(PasswordResetRequest request) {
        FieldRules.requireBody(request);
        resets.request(request.email(), clientAddress.sourceIp());
        return RestResponse.accepted(new AcceptedResponse(LINK_SENT));
    }

    @GET
    @Path("/password-reset/verify/{token}")
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "the reset token in the path is the credential")
    public PasswordResetTokenStatus verify(@PathParam("token") String token) {
        return resets.verify(token);
    }

    @POST
    @Path("/password-reset/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "the reset token in the body is the credential")
    public RestResponse<Void> confirm(PasswordResetConfirmRequest request) {
        FieldRules.requireBody(request);
        resets.confirm(request.token(), request.newPassword());
        return RestResponse.noContent();
    }
}
