package com.instainstru.http;

import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;

/** A test-only API that exercises the shared request handling. */
@Path("/api/v1/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Greeting(String name, int count, java.time.LocalDate day) {
    }

    @POST
    @Path("/echo")
    @PublicEndpoint(reason = "test probe")
    @Consumes(MediaType.APPLICATION_JSON)
    public Greeting echo(Greeting greeting) {
        return greeting;
    }

    @GET
    @Path("/pay")
    @PublicEndpoint(reason = "test probe")
    @RateLimited("financial")
    public Greeting pay() {
        return new Greeting("paid", 1, null);
    }

    @GET
    @Path("/fail/{kind}")
    @PublicEndpoint(reason = "test probe")
    public Greeting fail(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "validation" -> ValidationException.of("email", "format", "must be an email address");
            case "unauthorized" -> new UnauthorizedException("token expired");
            case "forbidden" -> new ForbiddenException("missing permission bookings:read");
            case "not-found" -> new ResourceNotFoundException("booking 01J... does not exist");
            case "conflict" -> new ConflictException("VERSION_CONFLICT", "stale week", Map.of("currentVersion", 4));
            case "rule" -> new BusinessRuleException("OVERNIGHT_PROTECTION", "too early for travel lessons");
            case "rate" -> new RateLimitedException("slow down", Duration.ofSeconds(7));
            case "rate-fraction" -> new RateLimitedException("slow down", Duration.ofMillis(6_200));
            case "dependency" -> new DependencyUnavailableException("Redis", Duration.ofSeconds(2), null);
            default -> new IllegalStateException("secret internal detail");
        };
    }

    @GET
    @Path("/users")
    @RequiresPermission(Permission.VIEW_ALL_USERS)
    public Greeting users() {
        return new Greeting("users", 1, null);
    }

    /** Test-only: a method without a permission or public marker, which the guards keep out of main code. */
    @GET
    @Path("/undeclared")
    public Greeting undeclared() {
        return new Greeting("never", 0, null);
    }
}
