package com.instainstru.functions.bookings;

import com.instainstru.bookings.listing.BookingListingService;
import com.instainstru.bookings.listing.ListingQuery;
import com.instainstru.bookings.listing.schema.StudentBookingView;
import com.instainstru.bookings.listing.schema.StudentBookingsResponse;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The caller's bookings as a student; another student's booking id answers 404. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StudentBookingsResource {

    private final BookingListingService listings;
    private final Caller caller;

    public StudentBookingsResource(BookingListingService listings, Caller caller) {
        this.listings = listings;
        this.caller = caller;
    }

    @GET
    @Path("/bookings")
    @RequiresPermission(Permission.VIEW_OWN_BOOKINGS)
    public StudentBookingsResponse list(@QueryParam("when") String when, @QueryParam("page") String page,
            @QueryParam("limit") String limit) {
        return listings.studentBookings(caller.require().userId(), ListingQuery.parse(when, page, limit));
    }

    @GET
    @Path("/bookings/{bookingId}")
    @RequiresPermission(Permission.VIEW_BOOKING_DETAILS)
    public StudentBookingView detail(@PathParam("bookingId") String bookingId) {
        return listings.studentBooking(caller.require().userId(), bookingId);
    }
}
