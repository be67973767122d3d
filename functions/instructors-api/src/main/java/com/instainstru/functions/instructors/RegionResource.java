package com.instainstru.functions.instructors;

import com.instainstru.geo.regions.RegionService;
import com.instainstru.geo.regions.schema.RegionListResponse;
import com.instainstru.geo.regions.schema.RegionResponse;
import com.instainstru.http.security.PublicEndpoint;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** NYC regions: the neighborhood selector and point lookup. Names only, never polygons. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionService regions;

    public RegionResource(RegionService regions) {
        this.regions = regions;
    }

    @GET
    @Path("/regions")
    @PublicEndpoint(reason = "the neighborhood list is public reference data for selectors and search")
    public RegionListResponse list(@QueryParam("type") String type) {
        return regions.list(type);
    }

    @GET
    @Path("/regions/lookup")
    @PublicEndpoint(reason = "resolving a point to a neighborhood reveals nothing about any user")
    public RegionResponse lookup(@QueryParam("lat") String lat, @QueryParam("lng") String lng) {
        return regions.lookup(lat, lng);
    }
}
