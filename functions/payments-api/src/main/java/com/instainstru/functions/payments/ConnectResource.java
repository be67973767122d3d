package com.instainstru.functions.payments;

import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.payments.connect.ConnectDashboardService;
import com.instainstru.payments.connect.ConnectOnboardingService;
import com.instainstru.payments.connect.schema.ConnectOnboardingResponse;
import com.instainstru.payments.connect.schema.ConnectStatusResponse;
import com.instainstru.payments.connect.schema.DashboardLinkResponse;
import com.instainstru.payments.protection.IdempotentRequests;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An instructor's Stripe Connect Express account: onboarding link, readiness, dashboard (reference §11). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectResource {

    static final String ONBOARD_ROUTE = "POST /api/v1/payments/connect/onboard";

    private final ConnectOnboardingService onboarding;
    private final ConnectDashboardService dashboard;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public ConnectResource(ConnectOnboardingService onboarding, ConnectDashboardService dashboard,
            IdempotentRequests idempotent, Caller caller) {
        this.onboarding = onboarding;
        this.dashboard = dashboard;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /**
     * Creates the Express account on the first call and returns a single-use onboarding link. Financial
     * protection: the {@code financial} bucket (5 a minute, no burst), one onboarding at a time per instructor
     * (429 OPERATION_IN_PROGRESS), and an optional {@code Idempotency-Key} replaying the first answer for 24 h.
     */
    @POST
    @Path("/payments/connect/onboard")
    @RateLimited(RateLimitBuckets.FINANCIAL)
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public ConnectOnboardingResponse onboard(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String instructorId = caller.require().userId();
        return idempotent.execute(instructorId, idempotencyKey, ONBOARD_ROUTE, null, ConnectOnboardingResponse.class,
                () -> onboarding.onboard(instructorId));
    }

    /** Charges, payouts, details and what Stripe still needs, re-fetched from Stripe on every call. */
    @GET
    @Path("/payments/connect/status")
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public ConnectStatusResponse status() {
        return onboarding.status(caller.require().userId());
    }

    /**
     * A single-use login link to the caller's own Express dashboard. 404 CONNECT_ACCOUNT_NOT_FOUND without an
     * account, 422 CONNECT_ONBOARDING_INCOMPLETE until Stripe has the account's details.
     */
    @POST
    @Path("/payments/connect/dashboard-link")
    @RequiresPermission(Permission.VIEW_OWN_INSTRUCTOR_ANALYTICS)
    public DashboardLinkResponse dashboardLink() {
        return dashboard.dashboardLink(caller.require().userId());
    }
}
