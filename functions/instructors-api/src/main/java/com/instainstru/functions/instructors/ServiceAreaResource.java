package com.instainstru.functions.instructors;

import com.instainstru.http.security.Caller;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.instructors.areas.ServiceAreaService;
import com.instainstru.instructors.areas.schema.CoverageResponse;
import com.instainstru.instructors.areas.schema.ServiceAreaCheckResponse;
import com.instainstru.instructors.areas.schema.ServiceAreasRequest;
import com.instainstru.instructors.areas.schema.ServiceAreasResponse;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The neighborhoods an instructor travels to. The instructor's own routes are "me" routes (the token's user);
 * the public sees a live instructor's coverage as GeoJSON and can ask whether a point is covered.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceAreaResource {

    private final ServiceAreaService serviceAreas;
    private final Caller caller;

    public ServiceAreaResource(ServiceAreaService serviceAreas, Caller caller) {
        this.serviceAreas = serviceAreas;
        this.caller = caller;
    }

    @GET
    @Path("/instructors/me/service-areas")
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public ServiceAreasResponse mine() {
        return serviceAreas.mine(caller.require().userId());
    }

    @PUT
    @Path("/instructors/me/service-areas")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public ServiceAreasResponse replace(ServiceAreasRequest request) {
        return serviceAreas.replace(caller.require().userId(), request);
    }

    @GET
    @Path("/instructors/{instructorId}/coverage")
    @PublicEndpoint(reason = "where a live instructor travels is part of their public profile")
    public CoverageResponse coverage(@PathParam("instructorId") String instructorId) {
        return serviceAreas.coverage(instructorId);
    }

    @GET
    @Path("/instructors/{instructorId}/check-service-area")
    @PublicEndpoint(reason = "students check an address against a live instructor's public coverage before booking")
    public ServiceAreaCheckResponse check(@PathParam("instructorId") String instructorId,
            @QueryParam("lat") String lat, @QueryParam("lng") String lng) {
        return serviceAreas.check(instructorId, lat, lng);
    }
}
