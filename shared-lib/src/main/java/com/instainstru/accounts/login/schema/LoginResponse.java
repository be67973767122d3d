package com.instainstru.accounts.login.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.instainstru.accounts.login.LoginResult;
import com.instainstru.accounts.sessions.schema.TokenResponse;
import java.time.Instant;

/**
 * The answer of a correct login, in one of two shapes (absent members are left out):
 * <ul>
 * <li>signed in: {@code requiresTwoFactor: false} and the tokens, as {@code TokenResponse}
 *     ({@code expiresIn} = the access token's lifetime in seconds);
 * <li>second factor needed: {@code requiresTwoFactor: true}, {@code twoFactorToken} for
 *     {@code POST /api/v1/2fa/verify-login} and {@code expiresIn: 60}.
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginResponse(boolean requiresTwoFactor, String accessToken, String tokenType, long expiresIn,
        Instant accessTokenExpiresAt, String refreshToken, Instant refreshTokenExpiresAt, String twoFactorToken) {

    public static LoginResponse of(LoginResult result) {
        if (result instanceof LoginResult.TwoFactorRequired challenge) {
            return new LoginResponse(true, null, null, challenge.expiresIn().toSeconds(), null, null, null,
                    challenge.twoFactorToken());
        }
        TokenResponse tokens = TokenResponse.of(((LoginResult.SignedIn) result).tokens());
        return new LoginResponse(false, tokens.accessToken(), tokens.tokenType(), tokens.expiresIn(),
                tokens.accessTokenExpiresAt(), tokens.refreshToken(), tokens.refreshTokenExpiresAt(), null);
    }

    @Override
    public String toString() {
        return "LoginResponse[requiresTwoFactor=" + requiresTwoFactor + ", expiresIn=" + expiresIn + "]";
    }
}
