package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.instainstru.payments.webhooks.StripeSignatureVerifier;
import com.instainstru.payments.webhooks.WebhookEndpoint;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample API Gateway event under events/payments-api/ carries a Stripe delivery signed with the test platform
 * secret at a fixed time: valid at that time, stale now (so the route answers 400), and accepted once re-signed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class SampleEventsTest {

    private static final Path SAMPLE = Path.of("../../events/payments-api/post-webhooks-stripe.json");

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Test
    void theSampleIsValidlySignedForItsTimestamp() throws Exception {
        JsonNode event = json.readTree(Files.readString(SAMPLE));
        String signature = event.path("headers").path("stripe-signature").asText();
        long timestamp = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        StripeSignatureVerifier thenVerifier = new StripeSignatureVerifier(Optional.of(Webhooks.PLATFORM_SECRET),
                Optional.of(Webhooks.CONNECT_SECRET), Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC));

        assertThat(thenVerifier.verify(event.path("body").asText(), signature)).isEqualTo(WebhookEndpoint.PLATFORM);
    }

    @Test
    void theSampleReachesItsRouteAndIsRefusedAsStale() throws Exception {
        given().contentType("application/json").body(Files.readString(SAMPLE)).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(400),
                        "body", containsString("WEBHOOK_SIGNATURE_INVALID"));
    }

    @Test
    void theSampleReSignedNowIsReceived() throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(SAMPLE));
        String body = event.path("body").asText();
        ((ObjectNode) event.path("headers")).put("stripe-signature",
                StripeSignatureVerifier.sign(Webhooks.PLATFORM_SECRET, clock.instant().getEpochSecond(), body));

        given().contentType("application/json").body(json.writeValueAsString(event)).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(200),
                        "body", containsString("\"received\":true"));
    }
}
