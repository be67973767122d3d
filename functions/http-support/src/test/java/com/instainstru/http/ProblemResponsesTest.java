package com.instainstru.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@io.quarkus.test.common.WithTestResource(com.instainstru.testsupport.db.PostgresTestResource.class)
class ProblemResponsesTest {

    @Test
    void aValidRequestSucceedsAndCarriesARequestId() {
        given().contentType("application/json").body("{\"name\":\"Ada\",\"count\":2,\"day\":\"2026-11-28\"}")
                .post("/api/v1/probe/echo")
                .then().statusCode(200)
                .header(RequestIds.HEADER, notNullValue())
                .body("name", equalTo("Ada"), "count", equalTo(2));
    }

    @Test
    void malformedJsonIs400NamingTheBody() {
        given().contentType("application/json").body("{\"name\": ")
                .post("/api/v1/probe/echo")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"), "errors[0].field", equalTo("body"),
                        "errors[0].rule", equalTo("json_syntax"), "requestId", notNullValue());
    }

    @Test
    void anUnknownFieldIs400NamingTheField() {
        given().contentType("application/json").body("{\"name\":\"Ada\",\"admin\":true}")
                .post("/api/v1/probe/echo")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("admin"), "errors[0].rule", equalTo("unknown_field"));
    }

    @Test
    void aWronglyTypedFieldIs400NamingTheField() {
        given().contentType("application/json").body("{\"name\":\"Ada\",\"count\":\"many\"}")
                .post("/api/v1/probe/echo")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("count"), "errors[0].rule", equalTo("type"));
    }

    @Test
    void anInvalidDateIs400NamingTheField() {
        given().contentType("application/json").body("{\"name\":\"Ada\",\"day\":\"2026-02-30\"}")
                .post("/api/v1/probe/echo")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("day"));
    }

    @Test
    void theWrongContentTypeIs415() {
        given().contentType("text/plain").body("name=Ada")
                .post("/api/v1/probe/echo")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void anOversizeBodyIs413() {
        given().contentType("application/json").body("{\"name\":\"" + "x".repeat(2000) + "\"}")
                .post("/api/v1/probe/echo")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void anUnknownRouteIs404() {
        given().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"), "instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void theWrongMethodIs405() {
        given().contentType("application/json").body("{}")
                .delete("/api/v1/probe/echo")
                .then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @ParameterizedTest
    @CsvSource({
            "validation, 400, VALIDATION_FAILED",
            "unauthorized, 401, UNAUTHORIZED",
            "forbidden, 403, FORBIDDEN",
            "not-found, 404, NOT_FOUND",
            "conflict, 409, VERSION_CONFLICT",
            "rule, 422, OVERNIGHT_PROTECTION",
            "rate, 429, RATE_LIMITED",
            "dependency, 503, DEPENDENCY_UNAVAILABLE"})
    void domainExceptionsMapToTheirStatusAndCode(String kind, int status, String code) {
        given().get("/api/v1/probe/fail/" + kind)
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status), "code", equalTo(code), "title", notNullValue(),
                        "type", equalTo("https://api.instainstru.com/problems/" + code.toLowerCase().replace('_', '-')),
                        "instance", equalTo("/api/v1/probe/fail/" + kind));
    }

    @Test
    void retryableProblemsCarryRetryAfter() {
        given().get("/api/v1/probe/fail/rate").then().statusCode(429).header("Retry-After", "7");
        given().get("/api/v1/probe/fail/rate-fraction").then().statusCode(429).header("Retry-After", "7");
        given().get("/api/v1/probe/fail/dependency").then().statusCode(503).header("Retry-After", "2");
    }

    @Test
    void conflictsCarryTheirExtensionMembers() {
        given().get("/api/v1/probe/fail/conflict").then().statusCode(409).body("currentVersion", equalTo(4));
    }

    @Test
    void anUnexpectedErrorIs500WithoutLeakingInternals() {
        given().get("/api/v1/probe/fail/bug")
                .then().statusCode(500).contentType("application/problem+json")
                .body("code", equalTo("INTERNAL_ERROR"), "detail", not(containsString("secret")));
    }

    @Test
    void theRequestIdComesFromTheApiGatewayRequestContext() {
        String event = """
                {"version":"2.0","routeKey":"GET /api/v1/probe/fail/{kind}","rawPath":"/api/v1/probe/fail/forbidden",
                 "rawQueryString":"","headers":{"accept":"application/json"},
                 "requestContext":{"accountId":"123456789012","apiId":"api","domainName":"api.example.com",
                   "http":{"method":"GET","path":"/api/v1/probe/fail/forbidden","protocol":"HTTP/1.1",
                           "sourceIp":"203.0.113.9","userAgent":"test"},
                   "requestId":"gw-req-123","routeKey":"GET /api/v1/probe/fail/{kind}","stage":"$default",
                   "time":"28/Nov/2026:09:00:00 +0000","timeEpoch":1795856400000},
                 "isBase64Encoded":false}
                """;
        given().contentType("application/json").body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(403),
                        "headers.X-Request-Id", equalTo("gw-req-123"),
                        "body", containsString("\"requestId\":\"gw-req-123\""));
    }
}
