package com.instainstru.functions.bookings;

import com.instainstru.bookings.cancellation.BookingCancellationService;
import com.instainstru.bookings.cancellation.schema.BookingCancellationResponse;
import com.instainstru.bookings.cancellation.schema.InstructorCancellationRequest;
import com.instainstru.bookings.cancellation.schema.StudentCancellationRequest;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Cancellation by the booking's student or its instructor (reference §12). Anyone else's booking answers
 * 404; the answer carries the policy outcome and its amounts in cents, which payments settles later.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class BookingCancellationResource {

    private final BookingCancellationService cancellations;
    private final Caller caller;

    public BookingCancellationResource(BookingCancellationService cancellations, Caller caller) {
        this.cancellations = cancellations;
        this.caller = caller;
    }

    /** JSON; the body, and its reason, are optional. */
    @POST
    @Path("/bookings/{bookingId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CANCEL_OWN_BOOKINGS)
    public BookingCancellationResponse cancelAsStudent(@PathParam("bookingId") String bookingId,
            StudentCancellationRequest request) {
        return cancellations.cancelByStudent(caller.require().userId(), bookingId, request);
    }

    /** The reason (1-500 characters) is required. */
    @POST
    @Path("/instructor-bookings/{bookingId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CANCEL_STUDENT_BOOKINGS)
    public BookingCancellationResponse cancelAsInstructor(@PathParam("bookingId") String bookingId,
            InstructorCancellationRequest request) {
        return cancellations.cancelByInstructor(caller.require().userId(), bookingId, request);
    }
}
