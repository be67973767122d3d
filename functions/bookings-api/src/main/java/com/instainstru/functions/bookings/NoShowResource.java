package com.instainstru.functions.bookings;

import com.instainstru.bookings.noshow.NoShowResolutionService;
import com.instainstru.bookings.noshow.NoShowService;
import com.instainstru.bookings.noshow.schema.AdminNoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowDisputeRequest;
import com.instainstru.bookings.noshow.schema.NoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowResolutionRequest;
import com.instainstru.bookings.noshow.schema.NoShowResponse;
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
 * No-shows (reference §14): the booking's student reports the instructor, its instructor reports the student, and
 * the accused disputes, each through their own routes; admins report any type and resolve. A participant route on
 * anyone else's booking answers 404. Every answer is the report as it stands.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoShowResource {

    private final NoShowService noShows;
    private final NoShowResolutionService resolutions;
    private final Caller caller;

    public NoShowResource(NoShowService noShows, NoShowResolutionService resolutions, Caller caller) {
        this.noShows = noShows;
        this.resolutions = resolutions;
        this.caller = caller;
    }

    /** The instructor did not show up. The body, and its reason (at most 500 characters), are optional. */
    @POST
    @Path("/bookings/{bookingId}/no-show")
    @RequiresPermission(Permission.CANCEL_OWN_BOOKINGS)
    public NoShowResponse reportInstructorNoShow(@PathParam("bookingId") String bookingId,
            NoShowReportRequest request) {
        return noShows.reportAsStudent(caller.require().userId(), bookingId, request);
    }

    /** The student did not show up. The body, and its reason (at most 500 characters), are optional. */
    @POST
    @Path("/instructor-bookings/{bookingId}/no-show")
    @RequiresPermission(Permission.COMPLETE_BOOKINGS)
    public NoShowResponse reportStudentNoShow(@PathParam("bookingId") String bookingId,
            NoShowReportRequest request) {
        return noShows.reportAsInstructor(caller.require().userId(), bookingId, request);
    }

    /** The student disputes a student or mutual no-show; the reason (10-500 characters) is required. */
    @POST
    @Path("/bookings/{bookingId}/no-show/dispute")
    @RequiresPermission(Permission.CANCEL_OWN_BOOKINGS)
    public NoShowResponse disputeAsStudent(@PathParam("bookingId") String bookingId, NoShowDisputeRequest request) {
        return noShows.disputeAsStudent(caller.require().userId(), bookingId, request);
    }

    /** The instructor disputes an instructor or mutual no-show; the reason (10-500 characters) is required. */
    @POST
    @Path("/instructor-bookings/{bookingId}/no-show/dispute")
    @RequiresPermission(Permission.COMPLETE_BOOKINGS)
    public NoShowResponse disputeAsInstructor(@PathParam("bookingId") String bookingId,
            NoShowDisputeRequest request) {
        return noShows.disputeAsInstructor(caller.require().userId(), bookingId, request);
    }

    /** An admin reports any type (instructor, student or mutual) on any booking. */
    @POST
    @Path("/admin/bookings/{bookingId}/no-show")
    @RequiresPermission(Permission.MANAGE_ALL_BOOKINGS)
    public NoShowResponse reportAsAdmin(@PathParam("bookingId") String bookingId, AdminNoShowReportRequest request) {
        return noShows.reportAsAdmin(caller.require().userId(), bookingId, request);
    }

    /** An admin resolves an open report: confirmed_after_review, dispute_upheld or cancelled. */
    @POST
    @Path("/admin/bookings/{bookingId}/no-show/resolve")
    @RequiresPermission(Permission.MANAGE_ALL_BOOKINGS)
    public NoShowResponse resolveAsAdmin(@PathParam("bookingId") String bookingId, NoShowResolutionRequest request) {
        return resolutions.resolve(caller.require().userId(), bookingId, request);
    }
}
