package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;

import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.StripeSignatureVerifier;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Signed Stripe deliveries to the webhook route, with the test secrets of application.properties. */
final class Webhooks {

    static final String PLATFORM_SECRET = "whsec_test_platform_0d9c5b8e7a6f4e3d2c1b0a99";
    static final String CONNECT_SECRET = "whsec_test_connect_7f6e5d4c3b2a19081726354a";
    static final String PATH = "/api/v1/webhooks/stripe";

    private Webhooks() {
    }

    static ValidatableResponse deliver(String body, String signature) {
        return given().contentType("application/json; charset=utf-8").header("Stripe-Signature", signature)
                .body(body).post(PATH).then();
    }

    static ValidatableResponse deliver(String body, String secret, long timestamp) {
        return deliver(body, StripeSignatureVerifier.sign(secret, timestamp, body));
    }

    static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** A Stripe event envelope as delivered; {@code account} is set for events of the Connect endpoint. */
    static String event(String id, String type, String account, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": 1795856412,
                 %s"data": {"object": %s, "previous_attributes": {}}, "livemode": false, "pending_webhooks": 1,
                 "request": {"id": null, "idempotency_key": null}, "type": "%s"}
                """.formatted(id, StripeGateway.API_VERSION,
                account == null ? "" : "\"account\": \"" + account + "\", ", object.strip(), type);
    }
}
