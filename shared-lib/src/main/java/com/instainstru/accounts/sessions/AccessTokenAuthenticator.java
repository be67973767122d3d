package com.instainstru.accounts.sessions;

import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.security.AccessTokenVerifier;
import com.instainstru.platform.security.AuthenticatedUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a bearer token into the request's caller in any function: the signature and expiry are checked
 * locally; revocation ({@code tokens_valid_after}) through the Redis cache, falling back to PostgreSQL on a
 * miss or while Redis is unavailable. No database round trip on the common path.
 */
@ApplicationScoped
public class AccessTokenAuthenticator {

    private final AccessTokenVerifier verifier;
    private final Cache cache;
    private final UserRepository users;

    public AccessTokenAuthenticator(AccessTokenVerifier verifier, Cache cache, UserRepository users) {
        this.verifier = verifier;
        this.cache = cache;
        this.users = users;
    }

    public AuthenticatedUser authenticate(String token) {
        AuthenticatedUser caller = verifier.verify(token);
        SessionCutoff cutoff = cache.getOrLoad(CacheFamilies.SESSION_CUTOFF, caller.userId(), SessionCutoff.class,
                () -> users.tokensValidAfter(caller.userId())
                        .map(validAfter -> new SessionCutoff(true, validAfter))
                        .orElseGet(SessionCutoff::none));
        if (!cutoff.accepts(caller.issuedAt())) {
            throw new UnauthorizedException("TOKEN_REVOKED", "The access token has been revoked; sign in again");
        }
        return caller;
    }
}
