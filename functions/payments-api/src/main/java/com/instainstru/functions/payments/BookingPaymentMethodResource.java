package com.instainstru.functions.payments;

import com.instainstru.http.RateLimited;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.payments.protection.IdempotentRequests;
import com.instainstru.payments.swap.PaymentMethodSwapService;
import com.instainstru.payments.swap.schema.PaymentMethodChangeRequest;
import com.instainstru.payments.swap.schema.PaymentMethodChangeResponse;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The student swaps the card of their booking's payment; a failed authorization is retried with it at once. Triple
 * financial protection as checkout: the {@code financial} bucket, one money action per booking at a time (429
 * OPERATION_IN_PROGRESS), and an optional {@code Idempotency-Key} replaying the first answer for 24 h.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingPaymentMethodResource {

    static final String ROUTE = "PATCH /api/v1/payments/bookings/{bookingId}/payment-method";

    private final PaymentMethodSwapService swap;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public BookingPaymentMethodResource(PaymentMethodSwapService swap, IdempotentRequests idempotent, Caller caller) {
        this.swap = swap;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @PATCH
    @Path("/payments/bookings/{bookingId}/payment-method")
    @RateLimited(RateLimitBuckets.FINANCIAL)
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    public PaymentMethodChangeResponse changePaymentMethod(@PathParam("bookingId") String bookingId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, PaymentMethodChangeRequest request) {
        String studentId = caller.require().userId();
        // the booking is in the path, not the body: it is part of what the key stands for (another booking: 422)
        return idempotent.execute(studentId, idempotencyKey, ROUTE, new KeyedRequest(bookingId, request),
                PaymentMethodChangeResponse.class, () -> swap.swap(studentId, bookingId, request));
    }

    /** What an Idempotency-Key of this route stands for. */
    record KeyedRequest(String bookingId, PaymentMethodChangeRequest body) {
    }
}
