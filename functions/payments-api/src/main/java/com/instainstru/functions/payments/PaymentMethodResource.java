package com.instainstru.functions.payments;

import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.payments.methods.PaymentMethodService;
import com.instainstru.payments.methods.schema.PaymentMethodResponse;
import com.instainstru.payments.methods.schema.PaymentMethodsResponse;
import com.instainstru.payments.methods.schema.SetupIntentResponse;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The caller's saved cards (reference §11). Saving a card is part of booking a lesson, so these routes need
 * CREATE_BOOKINGS, which every student holds. A card that is not on the caller's Stripe customer answers 404.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentMethodResource {

    private final PaymentMethodService methods;
    private final Caller caller;

    public PaymentMethodResource(PaymentMethodService methods, Caller caller) {
        this.methods = methods;
        this.caller = caller;
    }

    /** A SetupIntent (usage off_session) the client confirms with Stripe's Payment Element to save a card. */
    @POST
    @Path("/payments/setup-intent")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    public SetupIntentResponse createSetupIntent() {
        return methods.createSetupIntent(caller.require().userId());
    }

    @GET
    @Path("/payments/methods")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    public PaymentMethodsResponse list() {
        return methods.list(caller.require().userId());
    }

    /** The card new bookings use unless the student picks another at checkout. */
    @POST
    @Path("/payments/methods/{paymentMethodId}/default")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    public PaymentMethodResponse setDefault(@PathParam("paymentMethodId") String paymentMethodId) {
        return methods.setDefault(caller.require().userId(), paymentMethodId);
    }

    /** 204; 409 PAYMENT_METHOD_IN_USE while a booking payment that is not settled relies on the card. */
    @DELETE
    @Path("/payments/methods/{paymentMethodId}")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    public RestResponse<Void> remove(@PathParam("paymentMethodId") String paymentMethodId) {
        methods.remove(caller.require().userId(), paymentMethodId);
        return RestResponse.noContent();
    }
}
