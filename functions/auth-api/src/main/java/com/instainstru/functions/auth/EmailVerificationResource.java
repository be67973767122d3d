package com.instainstru.functions.auth;

import com.instainstru.accounts.schema.AcceptedResponse;
import com.instainstru.accounts.verification.EmailVerificationService;
import com.instainstru.accounts.verification.schema.EmailVerificationTokenResponse;
import com.instainstru.accounts.verification.schema.SendEmailVerificationRequest;
import com.instainstru.accounts.verification.schema.VerifyEmailCodeRequest;
import com.instainstru.http.ClientAddress;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Pre-registration email verification: a code by email, exchanged for a short-lived verification token. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmailVerificationResource {

    static final String CODE_SENT = "If this address can be used, a verification code is on its way. Check your inbox.";

    private final EmailVerificationService verification;
    private final ClientAddress clientAddress;

    public EmailVerificationResource(EmailVerificationService verification, ClientAddress clientAddress) {
        this.verification = verification;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/auth/send-email-verification")
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "sign-up starts here, before there is an account")
    public RestResponse<AcceptedResponse> send(SendEmailVerificationRequest request) {
        FieldRules.requireBody(request);
        verification.sendCode(request.email(), clientAddress.sourceIp());
        return RestResponse.accepted(new AcceptedResponse(CODE_SENT));
    }

    @POST
    @Path("/auth/verify-email-code")
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "the emailed code is the credential")
    public EmailVerificationTokenResponse verify(VerifyEmailCodeRequest request) {
        FieldRules.requireBody(request);
        return verification.verifyCode(request.email(), request.code());
    }
}
