package com.instainstru.functions.bookings;

import com.instainstru.bookings.reschedule.BookingRescheduleService;
import com.instainstru.bookings.reschedule.schema.RescheduleBookingRequest;
import com.instainstru.bookings.reschedule.schema.RescheduleResponse;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The student moves their lesson to a new time with the same instructor (reference §13): 201 with the booking
 * that replaces it. Anyone else's booking answers 404.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingRescheduleResource {

    private final BookingRescheduleService reschedules;
    private final Caller caller;

    public BookingRescheduleResource(BookingRescheduleService reschedules, Caller caller) {
        this.reschedules = reschedules;
        this.caller = caller;
    }

    @POST
    @Path("/bookings/{bookingId}/reschedule")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    @RateLimited(RateLimitBuckets.BOOKING)
    public RestResponse<RescheduleResponse> reschedule(@PathParam("bookingId") String bookingId,
            RescheduleBookingRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED,
                reschedules.reschedule(caller.require().userId(), bookingId, request));
    }
}
