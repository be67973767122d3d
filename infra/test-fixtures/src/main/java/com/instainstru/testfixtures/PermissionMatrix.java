package com.instainstru.testfixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.platform.security.Permission;
import com.instainstru.template.SamTemplate;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of one HTTP function, read from its resource classes: anonymous callers, callers holding every
 * permission but the required one, and callers holding only that one. A new route is covered without
 * editing any test, and must also be declared in template.yaml under the function's logical id.
 *
 * <p>Each function's test extends this with {@code @QuarkusTest} and a PostgreSQL test resource.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PermissionMatrix {

    private static final String SOME_ID = "01KDVDNA0097QGSXV0PVAVN864";
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Inject
    TestAccounts accounts;

    /** The package holding the function's resource classes. */
    protected abstract String resourcePackage();

    /** The function's logical id in template.yaml, e.g. {@code AuthApiFunction}. */
    protected abstract String functionLogicalId();

    /** A value for path parameters; some routes need a well-formed value of their own kind. */
    protected String pathParameterValue(Route route) {
        return SOME_ID;
    }

    List<Route> routes() {
        return RouteCatalog.of(resourcePackage());
    }

    Stream<Route> protectedRoutes() {
        return routes().stream().filter(route -> !route.isPublic());
    }

    Stream<Route> publicRoutes() {
        return routes().stream().filter(Route::isPublic);
    }

    // A function may have public routes only (payments-api: the Stripe webhook, until cards and checkout land).
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("protectedRoutes")
    void anonymousCallersAreUnauthorized(Route route) {
        Response response = call(route, null);

        assertThat(response.statusCode()).as(route.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("protectedRoutes")
    void everyPermissionButTheRequiredOneIsForbidden(Route route) {
        Permission required = route.permission().orElseThrow();
        String token = accounts.tokenWith(accounts.student().id(), TestAccounts.allExcept(required));

        Response response = call(route, token);

        assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
        assertThat(response.jsonPath().getString("code")).isEqualTo("PERMISSION_DENIED");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("protectedRoutes")
    void theRequiredPermissionAloneGetsPastTheCheck(Route route) {
        String token = accounts.tokenWith(accounts.student().id(), List.of(route.permission().orElseThrow()));

        Response response = call(route, token);

        assertThat(response.statusCode()).as(route + " " + response.asString()).isNotEqualTo(401).isLessThan(500);
        if (response.statusCode() == 403) {
            assertThat(response.jsonPath().getString("code")).as(route.toString()).isNotEqualTo("PERMISSION_DENIED");
        }
    }

    // A function may have no public route at all (availability-api).
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("publicRoutes")
    void publicRoutesNeedNoCredentials(Route route) {
        Response response = call(route, null);

        assertThat(response.statusCode()).as(route + " " + response.asString())
                .isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void theTemplateDeclaresExactlyTheseRoutes() {
        SamTemplate template = SamTemplate.load(SamTemplate.repositoryRoot().resolve("template.yaml"));
        Set<String> declared = template.events(functionLogicalId()).values().stream()
                .filter(event -> "HttpApi".equals(event.path("Type").asText()))
                .map(event -> event.path("Properties"))
                .map(PermissionMatrix::routeKey)
                .collect(Collectors.toSet());

        assertThat(declared).containsExactlyInAnyOrderElementsOf(routes().stream().map(Route::routeKey).toList());
    }

    private static String routeKey(JsonNode properties) {
        return properties.path("Method").asText().toUpperCase() + " " + properties.path("Path").asText();
    }

    private Response call(Route route, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (WITH_BODY.contains(route.method())) {
            request.contentType("application/json").body("{}");
        }
        return request.request(route.method(), route.pathWith(pathParameterValue(route)));
    }
}
