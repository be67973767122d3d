package com.instainstru.functions.availability;

import com.instainstru.availability.BlackoutDateService;
import com.instainstru.availability.schema.BlackoutDateRequest;
import com.instainstru.availability.schema.BlackoutDateResponse;
import com.instainstru.availability.schema.BlackoutDatesResponse;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's blackout dates; someone else's blackout id answers 404. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class BlackoutDateResource {

    private final BlackoutDateService blackouts;
    private final Caller caller;

    public BlackoutDateResource(BlackoutDateService blackouts, Caller caller) {
        this.blackouts = blackouts;
        this.caller = caller;
    }

    @GET
    @Path("/instructors/availability/blackout-dates")
    @RequiresPermission(Permission.MANAGE_AVAILABILITY)
    public BlackoutDatesResponse list() {
        return blackouts.upcoming(caller.require().userId());
    }

    @POST
    @Path("/instructors/availability/blackout-dates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_AVAILABILITY)
    public RestResponse<BlackoutDateResponse> add(BlackoutDateRequest request) {
        FieldRules.requireBody(request);
        return RestResponse.status(RestResponse.Status.CREATED, blackouts.add(caller.require().userId(), request));
    }

    @DELETE
    @Path("/instructors/availability/blackout-dates/{blackoutId}")
    @RequiresPermission(Permission.MANAGE_AVAILABILITY)
    public RestResponse<Void> delete(@PathParam("blackoutId") String blackoutId) {
        blackouts.delete(caller.require().userId(), blackoutId);
        return RestResponse.noContent();
    }
}
