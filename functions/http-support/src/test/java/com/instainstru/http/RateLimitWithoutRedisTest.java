package com.instainstru.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redis unreachable: ordinary routes fail open, financial routes fail closed with a retryable 503. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@TestProfile(RateLimitWithoutRedisTest.NoRedis.class)
class RateLimitWithoutRedisTest {

    @Test
    void aReadRouteStillAnswersWithoutRateLimitHeaders() {
        given().get("/api/v1/probe/fail/not-found")
                .then().statusCode(404).header("X-RateLimit-Limit", nullValue());
    }

    @Test
    void aFinancialRouteIsRefusedWithARetryable503() {
        given().get("/api/v1/probe/pay")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
    }

    public static class NoRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("instainstru.redis.url", "redis://127.0.0.1:1");
        }
    }
}
