package com.instainstru.functions.bookings;

import com.instainstru.bookings.listing.BookingListingService;
import com.instainstru.bookings.listing.ListingQuery;
import com.instainstru.bookings.listing.schema.InstructorBookingView;
import com.instainstru.bookings.listing.schema.InstructorBookingsResponse;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Bookings where the caller is the instructor; any other booking id answers 404. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class InstructorBookingsResource {

    private final BookingListingService listings;
    private final Caller caller;

    public InstructorBookingsResource(BookingListingService listings, Caller caller) {
        this.listings = listings;
        this.caller = caller;
    }

    @GET
    @Path("/instructor-bookings")
    @RequiresPermission(Permission.VIEW_INCOMING_BOOKINGS)
    public InstructorBookingsResponse list(@QueryParam("when") String when, @QueryParam("page") String page,
            @QueryParam("limit") String limit) {
        return listings.instructorBookings(caller.require().userId(), ListingQuery.parse(when, page, limit));
    }

    @GET
    @Path("/instructor-bookings/{bookingId}")
    @RequiresPermission(Permission.VIEW_INCOMING_BOOKINGS)
    public InstructorBookingView detail(@PathParam("bookingId") String bookingId) {
        return listings.instructorBooking(caller.require().userId(), bookingId);
    }
}
