package com.instainstru.functions.bookings;

import com.instainstru.bookings.completion.BookingCompletionService;
import com.instainstru.bookings.completion.schema.CompletionResponse;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An instructor marks their own lesson complete once it has ended. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class BookingCompletionResource {

    private final BookingCompletionService completions;
    private final Caller caller;

    public BookingCompletionResource(BookingCompletionService completions, Caller caller) {
        this.completions = completions;
        this.caller = caller;
    }

    @POST
    @Path("/instructor-bookings/{bookingId}/complete")
    @RequiresPermission(Permission.COMPLETE_BOOKINGS)
    public CompletionResponse complete(@PathParam("bookingId") String bookingId) {
        return completions.complete(caller.require().userId(), bookingId);
    }
}
