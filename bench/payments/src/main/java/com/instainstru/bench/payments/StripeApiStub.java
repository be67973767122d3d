package com.instainstru.bench.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Stripe's POST /v1/payment_intents on a local port (WireMock), answering every off-session authorization with a
 * fresh requires_capture PaymentIntent (its hold valid for 7 days from now) after {@code latencyMillis}, like a
 * real API round trip. Not
 * infra/test-support's StripeStub: that one has no latency setting, and depending on test-support would pull its
 * database, template and JUnit dependencies into the benchmark. Nothing is journaled (100,000 requests).
 */
final class StripeApiStub implements AutoCloseable {

    private static final String PAYMENT_INTENT = """
            {"id": "pi_{{randomValue length=24 type='ALPHANUMERIC'}}", "object": "payment_intent",
             "amount": 13440, "amount_capturable": 13440, "amount_received": 0, "application_fee_amount": 2880,
             "capture_method": "manual", "created": 1764590400, "currency": "usd", "livemode": false,
             "latest_charge": {"id": "ch_{{randomValue length=24 type='ALPHANUMERIC'}}", "object": "charge",
               "amount": 13440, "amount_captured": 0, "captured": false, "paid": true, "status": "succeeded",
               "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": "4242",
                 "capture_before": {{now offset='7 days' format='unix'}} }}},
             "status": "requires_capture"}
            """;

    private final WireMockServer server;

    StripeApiStub(int latencyMillis, int threads) {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(threads)
                .disableRequestJournal());
        server.start();
        server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_bench")
                .withBody(PAYMENT_INTENT).withFixedDelay(latencyMillis).withTransformers("response-template")));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.stop();
    }
}
