package com.instainstru.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import com.instainstru.platform.ratelimit.RateLimitConfigService;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shared rate-limit filter against the real Redis and PostgreSQL. Each test calls from its own client
 * address (API Gateway's sourceIp), so runs never share a GCRA key.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RateLimitFilterTest {

    @Inject
    RateLimitConfigService config;

    @Inject
    TestAccounts accounts;

    @Test
    void aSafeMethodIsInTheReadBucketAndCarriesTheHeaders() {
        call("GET", "/api/v1/probe/fail/not-found", uniqueIp())
                .body("statusCode", equalTo(404),
                        "headers.X-RateLimit-Policy", equalTo("read"),
                        "headers.X-RateLimit-Limit", equalTo("21"),
                        "headers.X-RateLimit-Remaining", equalTo("20"));
    }

    @Test
    void theAnnotationPutsAMethodInItsBucketAndADenialIs429WithRetryAfter() {
        String ip = uniqueIp();

        call("GET", "/api/v1/probe/pay", ip)
                .body("statusCode", equalTo(200), "headers.X-RateLimit-Policy", equalTo("financial"),
                        "headers.X-RateLimit-Limit", equalTo("1"));
        call("GET", "/api/v1/probe/pay", ip)
                .body("statusCode", equalTo(429),
                        "headers.Retry-After", equalTo("12"),
                        "headers.X-RateLimit-Remaining", equalTo("0"),
                        "body", containsString("\"code\":\"RATE_LIMITED\""));
        call("GET", "/api/v1/probe/pay", uniqueIp()).body("statusCode", equalTo(200));
    }

    @Test
    void aRouteOverrideFromTheDatabaseWins() {
        config.updateRouteOverride("GET /api/v1/probe/fail/{kind}", "auth_refresh", "test");
        try {
            call("GET", "/api/v1/probe/fail/not-found", uniqueIp())
                    .body("headers.X-RateLimit-Policy", equalTo("auth_refresh"), "headers.X-RateLimit-Limit",
                            equalTo("3"));
        } finally {
            config.removeRouteOverride("GET /api/v1/probe/fail/{kind}");
        }
    }

    @Test
    void aSignedInCallerIsLimitedAsTheUserWhereverTheyCallFrom() {
        String bearer = accounts.admin().bearer();

        call("GET", "/api/v1/probe/users", uniqueIp(), bearer).body("statusCode", equalTo(200),
                "headers.X-RateLimit-Remaining", equalTo("20"));
        call("GET", "/api/v1/probe/users", uniqueIp(), bearer).body("statusCode", equalTo(200),
                "headers.X-RateLimit-Remaining", equalTo("19"));
    }

    private static ValidatableResponse call(String method, String path, String sourceIp) {
        return call(method, path, sourceIp, null);
    }

    private static ValidatableResponse call(String method, String path, String sourceIp, String authorization) {
        String routeKey = method + " " + (path.startsWith("/api/v1/probe/fail/") ? "/api/v1/probe/fail/{kind}" : path);
        String event = """
                {"version":"2.0","routeKey":"%s","rawPath":"%s","rawQueryString":"",
                 "headers":{"accept":"application/json"%s},
                 "requestContext":{"accountId":"123456789012","apiId":"api","domainName":"api.example.com",
                   "http":{"method":"%s","path":"%s","protocol":"HTTP/1.1","sourceIp":"%s","userAgent":"test"},
                   "requestId":"%s","routeKey":"%s","stage":"$default",
                   "time":"28/Nov/2026:09:00:00 +0000","timeEpoch":1795856400000},
                 "isBase64Encoded":false}
                """.formatted(routeKey, path,
                authorization == null ? "" : ",\"authorization\":\"" + authorization + "\"",
                method, path, sourceIp, UUID.randomUUID(), routeKey);
        return given().contentType("application/json").body(event).post("/_lambda_").then().statusCode(200)
                .body("statusCode", notNullValue());
    }

    private static String uniqueIp() {
        return "2001:db8::" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":"
                + Integer.toHexString((int) (Math.random() * 0xffff));
    }
}
