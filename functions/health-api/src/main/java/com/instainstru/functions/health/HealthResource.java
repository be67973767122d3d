package com.instainstru.functions.health;

import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.platform.health.HealthReport;
import com.instainstru.platform.health.HealthService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Liveness and readiness in one: 200 when the database answers, 503 when it does not. Public by design
 * (no permission): load balancers and uptime checks call it without credentials, and it reveals nothing
 * but the schema version.
 */
@Path("/api/v1/health")
public class HealthResource {

    private final HealthService health;

    public HealthResource(HealthService health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PublicEndpoint(reason = "load balancers and uptime checks call it without credentials")
    public RestResponse<HealthReport> health() {
        HealthReport report = health.check();
        return RestResponse.status(report.isUp() ? Status.OK : Status.SERVICE_UNAVAILABLE, report);
    }
}
