package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.platform.security.Permission;
import com.instainstru.template.SamTemplate;
import com.instainstru.testfixtures.Route;
import com.instainstru.testfixtures.RouteCatalog;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of auth-api, read from its resource classes: anonymous callers, callers holding every
 * permission but the required one, and callers holding only that one. A new route is covered without
 * editing this test, and must also be declared in template.yaml.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PermissionMatrixTest {

    private static final String SOME_ID = "01KDVDNA0097QGSXV0PVAVN864";
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Inject
    TestAccounts accounts;

    static List<Route> routes() {
        return RouteCatalog.of("com.instainstru.functions.auth");
    }

    static Stream<Route> protectedRoutes() {
        return routes().stream().filter(route -> !route.isPublic());
    }

    static Stream<Route> publicRoutes() {
        return routes().stream().filter(Route::isPublic);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedRoutes")
    void anonymousCallersAreUnauthorized(Route route) {
        Response response = call(route, null);

        assertThat(response.statusCode()).as(route.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedRoutes")
    void everyPermissionButTheRequiredOneIsForbidden(Route route) {
        Permission required = route.permission().orElseThrow();
        String token = accounts.tokenWith(accounts.student().id(), TestAccounts.allExcept(required));

        Response response = call(route, token);

        assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
        assertThat(response.jsonPath().getString("code")).isEqualTo("PERMISSION_DENIED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedRoutes")
    void theRequiredPermissionAloneGetsPastTheCheck(Route route) {
        String token = accounts.tokenWith(accounts.student().id(), List.of(route.permission().orElseThrow()));

        Response response = call(route, token);

        assertThat(response.statusCode()).as(route + " " + response.asString()).isNotEqualTo(401).isLessThan(500);
        if (response.statusCode() == 403) {
            assertThat(response.jsonPath().getString("code")).as(route.toString()).isNotEqualTo("PERMISSION_DENIED");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicRoutes")
    void publicRoutesNeedNoCredentials(Route route) {
        Response response = call(route, null);

        assertThat(response.statusCode()).as(route + " " + response.asString())
                .isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void theTemplateDeclaresExactlyTheseRoutes() {
        SamTemplate template = SamTemplate.load(SamTemplate.repositoryRoot().resolve("template.yaml"));
        Set<String> declared = template.events("AuthApiFunction").values().stream()
                .filter(event -> "HttpApi".equals(event.path("Type").asText()))
                .map(event -> event.path("Properties"))
                .map(PermissionMatrixTest::routeKey)
                .collect(Collectors.toSet());

        assertThat(declared).containsExactlyInAnyOrderElementsOf(routes().stream().map(Route::routeKey).toList());
    }

    private static String routeKey(JsonNode properties) {
        return properties.path("Method").asText().toUpperCase() + " " + properties.path("Path").asText();
    }

    private static Response call(Route route, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (WITH_BODY.contains(route.method())) {
            request.contentType("application/json").body("{}");
        }
        return request.request(route.method(), route.pathWith(SOME_ID));
    }
}
