package com.instainstru.accounts.login;

import com.instainstru.accounts.sessions.TokenPair;
import java.time.Duration;

/** What a correct email and password lead to: a session, or a challenge for the second factor. */
public sealed interface LoginResult {

    record SignedIn(TokenPair tokens) implements LoginResult {
    }

    /** {@code twoFactorToken} is exchanged at {@code POST /2fa/verify-login} within {@code expiresIn}. */
    record TwoFactorRequired(String twoFactorToken, Duration expiresIn) implements LoginResult {

        @Override
        public String toString() {
            return "TwoFactorRequired[expiresIn=" + expiresIn + "]";
        }
    }
}
