package com.instainstru.accounts.sessions.schema;

import com.instainstru.accounts.sessions.TokenPair;
import java.time.Instant;

/** OAuth-style token answer: {@code expiresIn} is the access token's remaining lifetime in seconds. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, Instant accessTokenExpiresAt,
        String refreshToken, Instant refreshTokenExpiresAt) {

    public static TokenResponse of(TokenPair tokens) {
        return new TokenResponse(tokens.accessToken(), "Bearer", tokens.accessTokenExpiresInSeconds(),
                tokens.accessTokenExpiresAt(),
                tokens.refreshToken(), tokens.refreshTokenExpiresAt());
    }

    @Override
    public String toString() {
        return "TokenResponse[accessTokenExpiresAt=" + accessTokenExpiresAt + "]";
    }
}
