package com.instainstru.http.security;

import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.security.AuthenticatedUser;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The authenticated caller of the current request, set by {@link AccessControlFilter}. */
@RequestScoped
public class Caller {

    private AuthenticatedUser user;

    void authenticated(AuthenticatedUser user) {
        this.user = user;
    }

    public Optional<AuthenticatedUser> current() {
        return Optional.ofNullable(user);
    }

    /** The caller of a {@link RequiresPermission} method; never absent there. */
    public AuthenticatedUser require() {
        if (user == null) {
            throw new UnauthorizedException("AUTHENTICATION_REQUIRED", "Sign in to use this endpoint");
        }
        return user;
    }
}
