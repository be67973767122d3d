package com.instainstru.notifications.email.resend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.instainstru.platform.TestPlatform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our Resend client against WireMock answering with the bodies of Resend's API reference. */
class ResendClientTest {

    private static final WireMockServer resend = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String KEY = "re_123456789";
    private static final ResendEmailRequest EMAIL = new ResendEmailRequest("iNSTAiNSTRU <hello@instainstru.com>",
            List.of("jane@example.com"), "Your code", "123456\n", "<p>123456</p>");

    private ResendClient client;

    @BeforeAll
    static void start() {
        resend.start();
    }

    @AfterAll
    static void stop() {
        resend.stop();
    }

    @BeforeEach
    void reset() {
        resend.resetAll();
        client = new ResendClient(resend.baseUrl() + "/", Optional.of(KEY), TestPlatform.json());
    }

    @Test
    void postsTheEmailWithTheKeyAndTheIdempotencyKeyAndReturnsResendsId() {
        resend.stubFor(post("/emails").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}")));

        String id = client.send(EMAIL, "01KDVDNA0097QGSXV0PVAVN864");

        assertThat(id).isEqualTo("49a3999c-0ce1-4ea6-ab68-afcd6dc2e794");
        resend.verify(1, postRequestedFor(urlEqualTo("/emails"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", equalTo("01KDVDNA0097QGSXV0PVAVN864"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"from": "iNSTAiNSTRU <hello@instainstru.com>", "to": ["jane@example.com"],
                         "subject": "Your code", "text": "123456\\n", "html": "<p>123456</p>"}
                        """)));
    }

    @ParameterizedTest(name = "{0} {1} is final")
    @CsvSource(delimiter = '|', value = {
        "422|validation_error|Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.",
        "400|validation_error|We found an error with one or more fields in the request.",
        "403|validation_error|You can only send testing emails to your own email address (jane@example.com).",
        "422|missing_required_field|The request body is missing one or more required fields.",
        "409|invalid_idempotent_request|Same idempotency key used with a different request payload."})
    void aRefusalOfTheEmailIsNotRetryable(int status, String name, String message) {
        answer(status, name, message);

        assertThatThrownBy(() -> client.send(EMAIL, "01KDVDNA0097QGSXV0PVAVN864"))
                .isInstanceOfSatisfying(ResendException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.name()).isEqualTo(name);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @ParameterizedTest(name = "{0} {1} is retried")
    @CsvSource(delimiter = '|', value = {
        "429|rate_limit_exceeded|Too many requests. You can only make 2 requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.",
        "429|daily_quota_exceeded|You have reached your daily email sending quota.",
        "500|application_error|An unexpected error occurred.",
        "503|internal_server_error|An unexpected error occurred.",
        "401|missing_api_key|Missing API key in the authorization header.",
        "403|invalid_api_key|API key is invalid.",
        "409|concurrent_idempotent_requests|Same idempotency key used while original request is still in progress."})
    void rateLimitsOutagesAndOurConfigurationAreRetryable(int status, String name, String message) {
        answer(status, name, message);

        assertThatThrownBy(() -> client.send(EMAIL, "01KDVDNA0097QGSXV0PVAVN864"))
                .isInstanceOfSatisfying(ResendException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.name()).isEqualTo(name);
                });
    }

    @Test
    void anAnswerThatIsNotJsonStillClassifiesByStatus() {
        resend.stubFor(post("/emails").willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));

        assertThatThrownBy(() -> client.send(EMAIL, "01KDVDNA0097QGSXV0PVAVN864"))
                .isInstanceOfSatisfying(ResendException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void anUnreachableResendIsRetryable() {
        ResendClient unreachable = new ResendClient("http://127.0.0.1:1", Optional.of(KEY), TestPlatform.json());

        assertThatThrownBy(() -> unreachable.send(EMAIL, "01KDVDNA0097QGSXV0PVAVN864"))
                .isInstanceOfSatisfying(ResendException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isZero();
                });
    }

    @Test
    void withoutAnApiKeyNothingIsSentAndTheFailureIsRetryable() {
        ResendClient unconfigured = new ResendClient(resend.baseUrl(), Optional.of(" "), TestPlatform.json());

        assertThatThrownBy(() -> unconfigured.send(EMAIL, "01KDVDNA0097QGSXV0PVAVN864"))
                .isInstanceOfSatisfying(ResendException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("RESEND_API_KEY");
        assertThat(resend.getAllServeEvents()).isEmpty();
    }

    @Test
    void aSuccessWithoutAnIdIsRetriedUnderTheSameIdempotencyKey() {
        resend.stubFor(post("/emails").willReturn(aResponse().withStatus(200).withBody("{}")));

        assertThatThrownBy(() -> client.send(EMAIL, "01KDVDNA0097QGSXV0PVAVN864"))
                .isInstanceOfSatisfying(ResendException.class, e -> assertThat(e.retryable()).isTrue());
    }

    private static void answer(int status, String name, String message) {
        String body = TestPlatform.json().createObjectNode().put("statusCode", status).put("message", message)
                .put("name", name).toString();
        resend.stubFor(post("/emails").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }
}
