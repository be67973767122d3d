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
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample API Gateway events under events/payments-api/ carry Stripe deliveries signed with the test platform
 * secret at a fixed time: valid at that time, stale now (so the route answers 400), and accepted once re-signed.
 * The PaymentIntent they name is no booking's, so they are handled without effect.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class SampleEventsTest {

    private static final Path SAMPLES = Path.of("../../events/payments-api");
    private static final String DISPUTE = "du_1QJ9Bx2eZvKYlo2C8dLq3nVw";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ParameterizedTest
    @ValueSource(strings = {"post-webhooks-stripe.json", "post-webhooks-stripe-dispute.json"})
    void theSampleIsValidlySignedForItsTimestamp(String sample) throws Exception {
        JsonNode event = json.readTree(Files.readString(SAMPLES.resolve(sample)));
        String signature = event.path("headers").path("stripe-signature").asText();
        long timestamp = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        StripeSignatureVerifier thenVerifier = new StripeSignatureVerifier(Optional.of(Webhooks.PLATFORM_SECRET),
                Optional.of(Webhooks.CONNECT_SECRET), Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC));

        assertThat(thenVerifier.verify(event.path("body").asText(), signature)).isEqualTo(WebhookEndpoint.PLATFORM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"post-webhooks-stripe.json", "post-webhooks-stripe-dispute.json"})
    void theSampleReachesItsRouteAndIsRefusedAsStale(String sample) throws Exception {
        given().contentType("application/json").body(Files.readString(SAMPLES.resolve(sample))).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(400),
                        "body", containsString("WEBHOOK_SIGNATURE_INVALID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"post-webhooks-stripe.json", "post-webhooks-stripe-dispute.json"})
    void theSampleReSignedNowIsReceived(String sample) throws Exception {
        StripeStub stripe = StripeStubTestResource.stub();
        stripe.reset();
        // the dispute handler re-fetches the dispute: on a PaymentIntent that is no booking's
        stripe.answerGet("/v1/disputes/" + DISPUTE, StripeObjects.dispute(DISPUTE, "ch_3QJ9Aq2eZvKYlo2C0d3vKq1T",
                "pi_3QJ9Aq2eZvKYlo2C0r8dTnKm", 13_440, "needs_response"));
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(SAMPLES.resolve(sample)));
        String body = event.path("body").asText();
        ((ObjectNode) event.path("headers")).put("stripe-signature",
                StripeSignatureVerifier.sign(Webhooks.PLATFORM_SECRET, clock.instant().getEpochSecond(), body));

        given().contentType("application/json").body(json.writeValueAsString(event)).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(200),
                        "body", containsString("\"received\":true"));
    }
}
