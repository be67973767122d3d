package com.instainstru.functions.auth;

import com.instainstru.accounts.registration.RegistrationService;
import com.instainstru.accounts.registration.schema.RegisterRequest;
import com.instainstru.accounts.schema.AcceptedResponse;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    static final String REGISTERED = "Thanks for signing up. You can now sign in with your email and password.";

    private final RegistrationService registration;

    public RegistrationResource(RegistrationService registration) {
        this.registration = registration;
    }

    /** Always the same 202 for a valid request, whether or not the address already had an account. */
    @POST
    @Path("/auth/register")
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "creates the account; the email-verification token proves the address")
    public RestResponse<AcceptedResponse> register(RegisterRequest request) {
        registration.register(request);
        return RestResponse.accepted(new AcceptedResponse(REGISTERED));
    }
}
