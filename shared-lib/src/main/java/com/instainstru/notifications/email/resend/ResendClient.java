package com.instainstru.notifications.email.resend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resend's HTTP API ({@code POST /emails}) over the JDK's HTTP client. The official SDK hard-codes its URL;
 * this one takes the base URL from configuration so tests use WireMock and the local runtime its mail
 * catcher. Every call carries an {@code Idempotency-Key}: a retry of the same email within Resend's 24 hours
 * is answered with the first result instead of a second message.
 *
 * <p>Errors follow Resend's documented objects ({@code {"statusCode", "name", "message"}}). A refusal of the
 * email itself (validation errors and other 4xx) is final; rate limits, quota, 5xx, an unusable API key, a
 * concurrent request with the same key and network failures are retryable.
 */
@ApplicationScoped
public class ResendClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    // The worker's Lambda timeout is 15 s: leave room to record the outcome.
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(8);

    /** 4xx names that mean "our side or the timing", not "this email". */
    private static final Set<String> RETRYABLE_NAMES = Set.of(
            "missing_api_key", "invalid_api_key", "restricted_api_key", "concurrent_idempotent_requests",
            "rate_limit_exceeded", "daily_quota_exceeded", "monthly_quota_exceeded");

    private final URI emailsEndpoint;
    private final Optional<String> apiKey;
    private final ObjectMapper json;
    private final HttpClient http;

    public ResendClient(
            @ConfigProperty(name = "instainstru.email.resend.base-url") String baseUrl,
            @ConfigProperty(name = "instainstru.email.resend.api-key") Optional<String> apiKey,
            ObjectMapper json) {
        this.emailsEndpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/emails");
        this.apiKey = apiKey.filter(key -> !key.isBlank());
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends the email and returns Resend's id for it. Throws {@link ResendException} otherwise. */
    public String send(ResendEmailRequest email, String idempotencyKey) {
        String key = apiKey.orElseThrow(() -> new ResendException(0, "missing_api_key",
                "instainstru.email.resend.api-key (RESEND_API_KEY) is not configured", true));
        HttpRequest request = HttpRequest.newBuilder(emailsEndpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(toJson(email)))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() / 100 == 2) {
            return messageId(response);
        }
        throw error(response);
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw ResendException.unreachable("Resend unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ResendException.unreachable("interrupted while calling Resend", e);
        }
    }

    private String messageId(HttpResponse<String> response) {
        String id = parse(response.body()).path("id").asText("");
        if (id.isBlank()) {
            throw new ResendException(response.statusCode(), "unexpected_response",
                    "a success without an email id", true);
        }
        return id;
    }

    private ResendException error(HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        String name = body.path("name").asText("unknown_error");
        String message = body.path("message").asText("(no message)");
        boolean retryable = status == 429 || status >= 500 || status == 401 || RETRYABLE_NAMES.contains(name)
                || status < 400;
        return new ResendException(status, name, message, retryable);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return json.missingNode();
        }
    }

    private String toJson(ResendEmailRequest email) {
        try {
            return json.writeValueAsString(email);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize an email request", e);
        }
    }
}
