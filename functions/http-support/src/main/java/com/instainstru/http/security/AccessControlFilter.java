package com.instainstru.http.security;

import com.instainstru.accounts.sessions.AccessTokenAuthenticator;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.security.AuthenticatedUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authentication and authorization of every resource method, before rate limiting and the method itself.
 * A bearer token is verified when present; {@link RequiresPermission} then demands a caller holding the
 * permission. Deny by default: a method with neither annotation answers 403 (the build's guards prevent
 * such a method from existing).
 */
public class AccessControlFilter {

    private static final Logger LOG = Logger.getLogger(AccessControlFilter.class);
    private static final String BEARER = "bearer ";

    @Inject
    AccessTokenAuthenticator authenticator;

    @Inject
    Caller caller;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        RequiresPermission required = method.getAnnotation(RequiresPermission.class);
        boolean isPublic = method.isAnnotationPresent(PublicEndpoint.class);
        Optional<String> token = bearerToken(request);
        if (required != null) {
            AuthenticatedUser user = authenticator.authenticate(token.orElseThrow(() ->
                    new UnauthorizedException("AUTHENTICATION_REQUIRED", "Sign in to use this endpoint")));
            caller.authenticated(user);
            if (!user.has(required.value())) {
                throw new ForbiddenException("PERMISSION_DENIED",
                        "This action requires the permission " + required.value().value());
            }
        } else if (isPublic) {
            token.ifPresent(this::identifyIfValid);
        } else {
            LOG.errorf("%s.%s declares neither @RequiresPermission nor @PublicEndpoint; denied",
                    method.getDeclaringClass().getSimpleName(), method.getName());
            throw new ForbiddenException("PERMISSION_DENIED", "This endpoint is not available");
        }
    }

    private void identifyIfValid(String token) {
        try {
            caller.authenticated(authenticator.authenticate(token));
        } catch (DomainException invalid) {
            // A stale token on a public endpoint (a login page, for one) is no reason to refuse the call.
        }
    }

    private static Optional<String> bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthorizedException("TOKEN_INVALID", "The Authorization header must be 'Bearer <token>'");
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }
}
