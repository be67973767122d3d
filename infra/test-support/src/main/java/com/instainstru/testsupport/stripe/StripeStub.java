package com.instainstru.testsupport.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stripe's API on a local port (WireMock), answering with bodies shaped like Stripe's documented objects
 * ({@link StripeObjects}) and errors. Point the code under test at {@link #baseUrl()} (stripe-java's API base), stub
 * what the test needs, then read what Stripe would have received: the form parameters, the
 * {@code Idempotency-Key}, the API version.
 *
 * <p>Paths are Stripe's, e.g. {@code /v1/payment_intents} or {@code /v1/payment_intents/pi_123/capture}.
 */
public final class StripeStub implements AutoCloseable {

    private static final String REQUEST_ID = "req_xUPhkLF0GS6Hqk";

    private final WireMockServer server;

    private StripeStub(WireMockServer server) {
        this.server = server;
    }

    public static StripeStub start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return new StripeStub(server);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Forgets every stub and every recorded request. */
    public void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
    }

    // ---- successes -------------------------------------------------------------------------------------------

    public void answerPost(String path, String body) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(ok(body)));
    }

    /**
     * Answers every POST to {@code path} with {@code body} whose object id {@code id} gets a random suffix per request,
     * as Stripe creates a new object each time: for tests whose many users must not share one {@code cus_...}.
     */
    public void answerPostWithFreshIds(String path, String body, String id) {
        String templated = body.replaceFirst(Pattern.quote("\"" + id + "\""),
                Matcher.quoteReplacement("\"" + id + "{{randomValue length=12 type='ALPHANUMERIC'}}\""));
        server.stubFor(post(urlPathEqualTo(path)).willReturn(ok(templated).withTransformers("response-template")));
    }

    public void answerGet(String path, String body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(ok(body)));
    }

    /**
     * Answers GETs of {@code path} with {@code bodies} in order, the last one repeating: Stripe's object as it
     * changes over time (e.g. an account re-fetched after each webhook).
     */
    public void answerGetInSequence(String path, String... bodies) {
        String scenario = "sequence " + path;
        for (int i = 0; i < bodies.length; i++) {
            ScenarioMappingBuilder mapping = get(urlPathEqualTo(path)).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "call " + i);
            if (i < bodies.length - 1) {
                mapping = mapping.willSetStateTo("call " + (i + 1));
            }
            server.stubFor(mapping.willReturn(ok(bodies[i])));
        }
    }

    /**
     * Answers POSTs of {@code path} whose form body contains {@code fragment} (e.g. a booking id, which Stripe
     * receives in {@code metadata[booking_id]}) with {@code body}: one object per booking when many share a path.
     */
    public void answerPostWhenBodyContains(String path, String fragment, String body) {
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(containing(fragment)).willReturn(ok(body)));
    }

    // ---- failures --------------------------------------------------------------------------------------------

    /** 402 card_error card_declined with the issuer's {@code declineCode}; the PaymentIntent is left failed. */
    public void declineCard(String path, String declineCode, String paymentIntentId) {
        fail(path, 402, StripeObjects.error("card_error", "card_declined", declineCode, "Your card was declined.",
                null, failedIntent(paymentIntentId, "card_declined", declineCode)));
    }

    /** 402 card_error authentication_required: the off-session charge needs the cardholder (3-D Secure). */
    public void requireAuthentication(String path, String paymentIntentId) {
        fail(path, 402, StripeObjects.error("card_error", "authentication_required", "authentication_required",
                "Your card was declined. This transaction requires authentication.", null,
                failedIntent(paymentIntentId, "authentication_required", "authentication_required")));
    }

    public void rateLimit(String path) {
        fail(path, 429, StripeObjects.error("invalid_request_error", "rate_limit", null,
                "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.",
                null, null));
    }

    public void serverError(String path) {
        fail(path, 500, StripeObjects.error("api_error", null, null,
                "An unknown error occurred while processing your request.", null, null));
    }

    /** A GET (e.g. an account re-fetch) fails on Stripe's side. */
    public void serverErrorOnGet(String path) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(json(500, StripeObjects.error("api_error", null, null,
                "An unknown error occurred while processing your request.", null, null))));
    }

    /** 400 invalid_request_error, e.g. {@code resource_missing} on param {@code payment_method}. */
    public void rejectRequest(String path, int status, String code, String param, String message) {
        fail(path, status, StripeObjects.error("invalid_request_error", code, null, message, param, null));
    }

    /** 400 idempotency_error: the key was used before with other parameters. */
    public void idempotencyMismatch(String path) {
        fail(path, 400, StripeObjects.error("idempotency_error", null, null,
                "Keys for idempotent requests can only be used with the same parameters they were first used with.",
                null, null));
    }

    /** Answers {@code body} only after {@code delay}: longer than the client's read timeout, it is a timeout. */
    public void answerPostAfter(String path, String body, Duration delay) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(ok(body).withFixedDelay((int) delay.toMillis())));
    }

    /** The connection is dropped without an answer. */
    public void dropConnection(String path) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /**
     * The first POST of {@code path} with this {@code Idempotency-Key} fails with 500 (before Stripe acted); later
     * ones fall through to the other stubs. A deterministic share of failures for fault-injection tests.
     */
    public void serverErrorOnceFor(String path, String idempotencyKey) {
        server.stubFor(post(urlPathEqualTo(path)).withHeader("Idempotency-Key", equalTo(idempotencyKey))
                .inScenario("fail once " + idempotencyKey).whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("failed")
                .willReturn(json(500, StripeObjects.error("api_error", null, null,
                        "An unknown error occurred while processing your request.", null, null))));
    }

    /**
     * Stripe stored a 500 under this {@code Idempotency-Key} (the endpoint had started executing): every POST of
     * {@code path} with this key gets the same 500 again, as real Stripe replays it until the key is pruned (24 h or
     * more). Other keys fall through to the other stubs.
     */
    public void storeServerErrorFor(String path, String idempotencyKey) {
        server.stubFor(post(urlPathEqualTo(path)).withHeader("Idempotency-Key", equalTo(idempotencyKey))
                .atPriority(1)
                .willReturn(json(500, StripeObjects.error("api_error", null, null,
                        "An unknown error occurred while processing your request.", null, null))));
    }

    private void fail(String path, int status, String body) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(json(status, body)));
    }

    private static String failedIntent(String paymentIntentId, String code, String declineCode) {
        if (paymentIntentId == null) {
            return null;
        }
        String intent = StripeObjects.paymentIntent(paymentIntentId, "requires_payment_method", 13_440, 2_880,
                "acct_1Nv0FGQ9RKHgCVdK", null);
        return intent.replace("\"last_payment_error\": null", "\"last_payment_error\": {\"type\": \"card_error\", "
                + "\"code\": \"" + code + "\", \"decline_code\": \"" + declineCode + "\"}");
    }

    // ---- what Stripe received --------------------------------------------------------------------------------

    /** Every POST to {@code path}, oldest first. */
    public List<LoggedRequest> posts(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    public List<LoggedRequest> gets(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    /** The {@code Idempotency-Key} of every POST to {@code path}, oldest first. */
    public List<String> idempotencyKeys(String path) {
        return posts(path).stream().map(request -> request.getHeader("Idempotency-Key")).toList();
    }

    /** The one POST to {@code path}; fails when there was none or several. */
    public LoggedRequest onlyPost(String path) {
        List<LoggedRequest> posts = posts(path);
        if (posts.size() != 1) {
            throw new AssertionError("expected exactly one POST " + path + ", got " + posts.size());
        }
        return posts.get(0);
    }

    /** The form parameters of a request, decoded, in order ({@code transfer_data[destination]} as Stripe sees it). */
    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        String body = request.getBodyAsString();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.merge(name, value, (first, next) -> first + "," + next);
        }
        return form;
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return json(200, body);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", REQUEST_ID)
                .withHeader("Stripe-Version", "2026-07-29.dahlia")
                .withBody(body);
    }
}
