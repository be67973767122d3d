package com.instainstru.functions.bookings;

import com.instainstru.bookings.creation.BookingCreationService;
import com.instainstru.bookings.creation.schema.AvailabilityCheckResponse;
import com.instainstru.bookings.creation.schema.BookingResponse;
import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Instant booking: a student books a live instructor's service at a local date and start time (201, confirmed at
 * once), or asks whether that request would be accepted right now, without booking.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingCreationService creation;
    private final Caller caller;

    public BookingResource(BookingCreationService creation, Caller caller) {
        this.creation = creation;
        this.caller = caller;
    }

    @POST
    @Path("/bookings")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    @RateLimited(RateLimitBuckets.BOOKING)
    public RestResponse<BookingResponse> create(CreateBookingRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, creation.create(caller.require().userId(), request));
    }

    @POST
    @Path("/bookings/check-availability")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    @RateLimited(RateLimitBuckets.BOOKING_CHECK)
    public AvailabilityCheckResponse checkAvailability(CreateBookingRequest request) {
        return creation.check(caller.require().userId(), request);
    }
}
