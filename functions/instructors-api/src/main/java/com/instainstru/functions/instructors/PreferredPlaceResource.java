package com.instainstru.functions.instructors;

import com.instainstru.http.security.Caller;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.instructors.places.PreferredPlaceService;
import com.instainstru.instructors.places.schema.OwnPlacesResponse;
import com.instainstru.instructors.places.schema.PreferredPlacesRequest;
import com.instainstru.instructors.places.schema.PublicPlacesResponse;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Preferred places: the owner manages them with exact points; everyone else sees points 25-50 m off. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PreferredPlaceResource {

    private final PreferredPlaceService places;
    private final Caller caller;

    public PreferredPlaceResource(PreferredPlaceService places, Caller caller) {
        this.places = places;
        this.caller = caller;
    }

    @GET
    @Path("/instructors/me/places")
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public OwnPlacesResponse mine() {
        return places.mine(caller.require().userId());
    }

    @PUT
    @Path("/instructors/me/places")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public OwnPlacesResponse replace(PreferredPlacesRequest request) {
        return places.replace(caller.require().userId(), request);
    }

    @GET
    @Path("/instructors/{instructorId}/places")
    @PublicEndpoint(reason = "a live instructor's preferred places are public, as approximate points only")
    public PublicPlacesResponse publicPlaces(@PathParam("instructorId") String instructorId) {
        return places.publicPlaces(instructorId);
    }
}
