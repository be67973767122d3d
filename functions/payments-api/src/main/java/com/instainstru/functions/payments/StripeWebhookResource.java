package com.instainstru.functions.payments;

import com.instainstru.http.RateLimited;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.payments.webhooks.StripeWebhookService;
import com.instainstru.payments.webhooks.schema.WebhookReceipt;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Stripe's webhook deliveries, from the platform endpoint and the Connect endpoint alike (the signing secret tells
 * them apart). The body is taken raw: the signature covers its exact bytes.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StripeWebhookResource {

    private final StripeWebhookService webhooks;

    public StripeWebhookResource(StripeWebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Path("/webhooks/stripe")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitBuckets.WEBHOOK)
    @PublicEndpoint(reason = "Stripe signs every delivery; the Stripe-Signature header is the credential")
    public WebhookReceipt receive(@HeaderParam("Stripe-Signature") List<String> signature, String body) {
        // the gateway hands a comma-separated header over as several values: t=..., v1=..., v1=...
        return webhooks.receive(body == null ? "" : body, signature.isEmpty() ? null : String.join(",", signature));
    }
}
