package com.instainstru.functions.payments;

import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.payments.checkout.CheckoutService;
import com.instainstru.payments.checkout.schema.CheckoutRequest;
import com.instainstru.payments.checkout.schema.CheckoutResponse;
import com.instainstru.payments.protection.IdempotentRequests;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Checkout: the student pays for their confirmed booking with a saved card and credits. Triple financial
 * protection: the {@code financial} bucket (5 a minute, no burst), one checkout per booking at a time (429
 * OPERATION_IN_PROGRESS), and an optional {@code Idempotency-Key} replaying the first answer for 24 h.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckoutResource {

    static final String ROUTE = "POST /api/v1/payments/checkout";

    private final CheckoutService checkout;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public CheckoutResource(CheckoutService checkout, IdempotentRequests idempotent, Caller caller) {
        this.checkout = checkout;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/payments/checkout")
    @RateLimited(RateLimitBuckets.FINANCIAL)
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    public CheckoutResponse checkout(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            CheckoutRequest request) {
        String studentId = caller.require().userId();
        return idempotent.execute(studentId, idempotencyKey, ROUTE, request, CheckoutResponse.class,
                () -> checkout.checkout(studentId, request));
    }
}
