package com.instainstru.functions.payments;

import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.payments.credits.CreditBalance;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.platform.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's own credit balance in cents (reference §15): available, reserved for lessons, frozen. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CreditsResource {

    private final CreditLedger credits;
    private final Caller caller;

    public CreditsResource(CreditLedger credits, Caller caller) {
        this.credits = credits;
        this.caller = caller;
    }

    @GET
    @Path("/payments/credits")
    @RequiresPermission(Permission.CREATE_BOOKINGS)
    public CreditBalance balance() {
        return credits.balance(caller.require().userId());
    }
}
