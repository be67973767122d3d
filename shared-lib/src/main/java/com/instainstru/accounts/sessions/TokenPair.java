package com.instainstru.accounts.sessions;

import java.time.Instant;

/** What a successful sign-in or refresh hands out. */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, long accessTokenExpiresInSeconds,
        String refreshToken, Instant refreshTokenExpiresAt) {

    @Override
    public String toString() {
        return "TokenPair[accessTokenExpiresAt=" + accessTokenExpiresAt + ", refreshTokenExpiresAt="
                + refreshTokenExpiresAt + "]";
    }
}
