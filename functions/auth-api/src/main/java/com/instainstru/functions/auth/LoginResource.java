package com.instainstru.functions.auth;

import com.instainstru.accounts.credentials.PasswordPolicy;
import com.instainstru.accounts.login.LoginService;
import com.instainstru.accounts.login.TwoFactorLoginService;
import com.instainstru.accounts.login.schema.LoginRequest;
import com.instainstru.accounts.login.schema.LoginResponse;
import com.instainstru.accounts.login.schema.VerifyLoginRequest;
import com.instainstru.accounts.sessions.schema.TokenResponse;
import com.instainstru.accounts.twofactor.schema.SecondFactorFields;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Sign-in: email and password, then (with 2FA) the second factor. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoginResource {

    private final LoginService logins;
    private final TwoFactorLoginService twoFactorLogins;

    public LoginResource(LoginService logins, TwoFactorLoginService twoFactorLogins) {
        this.logins = logins;
        this.twoFactorLogins = twoFactorLogins;
    }

    @POST
    @Path("/auth/login")
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "signing in is how a caller gets a token")
    public LoginResponse login(LoginRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check()
                .email("email", request.email())
                .text("password", request.password(), 1, PasswordPolicy.MAX_LENGTH)
                .orThrow();
        return LoginResponse.of(logins.login(request.email(), request.password()));
    }

    @POST
    @Path("/2fa/verify-login")
    @RateLimited(RateLimitBuckets.AUTH_LOGIN)
    @PublicEndpoint(reason = "the two-factor token from the login answer is the credential")
    public TokenResponse verifyLogin(VerifyLoginRequest request) {
        FieldRules.requireBody(request);
        FieldRules rules = FieldRules.check().text("twoFactorToken", request.twoFactorToken(), 1, 100);
        SecondFactorFields.codeOrBackupCode(rules, request.code(), request.backupCode()).orThrow();
        return TokenResponse.of(twoFactorLogins.verify(request.twoFactorToken(), request.code(), request.backupCode()));
    }
}
