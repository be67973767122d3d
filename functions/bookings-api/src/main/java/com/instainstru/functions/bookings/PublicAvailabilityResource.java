package com.instainstru.functions.bookings;

import com.instainstru.bookings.publicavailability.PublicAvailabilityService;
import com.instainstru.bookings.publicavailability.schema.NextAvailableResponse;
import com.instainstru.bookings.publicavailability.schema.PublicAvailabilityResponse;
import com.instainstru.http.security.PublicEndpoint;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * When students can book an instructor. Browsers must not cache it (it changes with every booking); Redis
 * caches it server-side for 300 s.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAvailabilityResource {

    static final String NO_BROWSER_CACHE = "private, no-cache, must-revalidate";

    private final PublicAvailabilityService availability;

    public PublicAvailabilityResource(PublicAvailabilityService availability) {
        this.availability = availability;
    }

    @GET
    @Path("/public/instructors/{instructorId}/availability")
    @PublicEndpoint(reason = "students browse an instructor's free times before signing in")
    public RestResponse<PublicAvailabilityResponse> availability(@PathParam("instructorId") String instructorId,
            @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate,
            @QueryParam("duration") String duration) {
        return RestResponse.ResponseBuilder.ok(availability.availability(instructorId, startDate, endDate, duration))
                .header(HttpHeaders.CACHE_CONTROL, NO_BROWSER_CACHE).build();
    }

    @GET
    @Path("/public/instructors/{instructorId}/next-available")
    @PublicEndpoint(reason = "students see an instructor's earliest bookable time before signing in")
    public RestResponse<NextAvailableResponse> nextAvailable(@PathParam("instructorId") String instructorId,
            @QueryParam("duration") String duration) {
        return RestResponse.ResponseBuilder.ok(availability.nextAvailable(instructorId, duration))
                .header(HttpHeaders.CACHE_CONTROL, NO_BROWSER_CACHE).build();
    }
}
