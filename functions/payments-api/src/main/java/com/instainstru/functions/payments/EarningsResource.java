package com.instainstru.functions.payments;

import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.payments.earnings.EarningsService;
import com.instainstru.payments.earnings.InstructorPayoutsService;
import com.instainstru.payments.earnings.PayoutsQuery;
import com.instainstru.payments.earnings.schema.EarningsResponse;
import com.instainstru.payments.earnings.schema.PayoutsResponse;
import com.instainstru.platform.paging.PageRequest;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The caller's own instructor money (reference §11): earnings per lesson from our records, payouts from Stripe. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class EarningsResource {

    private final EarningsService earnings;
    private final InstructorPayoutsService payouts;
    private final Caller caller;

    public EarningsResource(EarningsService earnings, InstructorPayoutsService payouts, Caller caller) {
        this.earnings = earnings;
        this.payouts = payouts;
        this.caller = caller;
    }

    /** Totals in cents and one page ({@code page}, {@code limit}) of lessons, the latest first. */
    @GET
    @Path("/payments/earnings")
    @RequiresPermission(Permission.VIEW_OWN_INSTRUCTOR_ANALYTICS)
    public EarningsResponse earnings(@QueryParam("page") String page, @QueryParam("limit") String limit) {
        return earnings.earnings(caller.require().userId(), PageRequest.parse(page, limit));
    }

    /** The Connect account's payouts to the bank, newest first; page on with {@code startingAfter=nextCursor}. */
    @GET
    @Path("/payments/payouts")
    @RequiresPermission(Permission.VIEW_OWN_INSTRUCTOR_ANALYTICS)
    public PayoutsResponse payouts(@QueryParam("limit") String limit,
            @QueryParam("startingAfter") String startingAfter) {
        return payouts.payouts(caller.require().userId(), PayoutsQuery.parse(limit, startingAfter));
    }
}
