package com.instainstru.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.instainstru.platform.ratelimit.RateLimitConfigService;
import com.instainstru.platform.ratelimit.RateLimitDecision;
import com.instainstru.platform.ratelimit.RateLimiter;
import com.instainstru.http.security.Caller;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * GCRA rate limiting for every resource method of every HTTP function. The bucket is the route's override
 * from the database, else the method's (or class's) {@link RateLimited}, else {@code read} for safe methods
 * and {@code write} for the others. Every limited response carries the X-RateLimit headers; a denial is a
 * 429 problem with {@code Retry-After}.
 */
public class RateLimitFilter {

    static final String DECISION = "rateLimitDecision";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfigService config;

    @Inject
    Instance<APIGatewayV2HTTPEvent> gatewayEvent;

    @Inject
    Caller caller;

    @Inject
    ClientAddress clientAddress;

    /**
     * False only in function tests, whose many calls share one client address; decisions and headers are
     * still computed. The rate-limit tests of http-support enforce. Never set false in a deployed stage.
     */
    @ConfigProperty(name = "instainstru.ratelimit.enforced", defaultValue = "true")
    boolean enforced;

    @ServerRequestFilter
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        Optional<APIGatewayV2HTTPEvent> event = LambdaEvents.current(gatewayEvent);
        String route = event.map(APIGatewayV2HTTPEvent::getRouteKey).filter(key -> !key.isBlank())
                .orElseGet(() -> request.getMethod() + " " + request.getUriInfo().getPath());
        String bucket = config.bucketForRoute(route)
                .or(() -> annotated(resource))
                .orElse(SAFE_METHODS.contains(request.getMethod()) ? "read" : "write");
        // Authenticated callers are limited as user:{id} (the access filter runs first), others by address.
        String identity = caller.current().map(user -> "user:" + user.userId())
                .orElseGet(() -> "ip:" + clientAddress.sourceIp());
        RateLimitDecision decision = limiter.check(bucket, identity);
        request.setProperty(DECISION, decision);
        if (enforced) {
            limiter.enforce(decision);
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            decision.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    private static Optional<String> annotated(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        RateLimited onMethod = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (onMethod != null) {
            return Optional.of(onMethod.value());
        }
        return Optional.ofNullable(resource.getResourceClass().getAnnotation(RateLimited.class))
                .map(RateLimited::value);
    }
}
