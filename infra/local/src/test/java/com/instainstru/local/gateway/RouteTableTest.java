package com.instainstru.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable routes = RouteTable.builder()
            .route("ANY", "/api/v1/bookings/{proxy+}", "BookingsAny")
            .route("POST", "/api/v1/bookings/{bookingId}/cancel", "CancelBooking")
            .route("GET", "/api/v1/bookings/{proxy+}", "BookingsGet")
            .route("GET", "/api/v1/bookings/mine", "MyBookings")
            .route("GET", "/api/v1/health", "Health")
            .route("ANY", "$default", "Fallback")
            .build();

    @Test
    void exactPathWins() {
        assertRoute(routes.match("GET", "/api/v1/bookings/mine"), "MyBookings", "GET /api/v1/bookings/mine", Map.of());
        assertRoute(routes.match("GET", "/api/v1/health"), "Health", "GET /api/v1/health", Map.of());
    }

    @Test
    void pathVariableBeatsGreedyVariable() {
        assertRoute(routes.match("POST", "/api/v1/bookings/01JD5X/cancel"), "CancelBooking",
                "POST /api/v1/bookings/{bookingId}/cancel", Map.of("bookingId", "01JD5X"));
    }

    @Test
    void methodSpecificGreedyBeatsAnyGreedyOnTheSamePath() {
        assertRoute(routes.match("GET", "/api/v1/bookings/01JD5X/cancel"), "BookingsGet",
                "GET /api/v1/bookings/{proxy+}", Map.of("proxy", "01JD5X/cancel"));
        assertRoute(routes.match("DELETE", "/api/v1/bookings/01JD5X"), "BookingsAny",
                "ANY /api/v1/bookings/{proxy+}", Map.of("proxy", "01JD5X"));
    }

    @Test
    void methodSpecificBeatsAnyForTheSamePath() {
        RouteTable table = RouteTable.builder()
                .route("ANY", "/api/v1/things", "AnyThings")
                .route("GET", "/api/v1/things", "GetThings")
                .build();

        assertThat(table.match("GET", "/api/v1/things")).map(RouteMatch::target).contains("GetThings");
        assertThat(table.match("PUT", "/api/v1/things")).map(RouteMatch::target).contains("AnyThings");
        assertThat(table.match("PUT", "/api/v1/things")).map(RouteMatch::routeKey).contains("ANY /api/v1/things");
    }

    @Test
    void pathSpecificityComesBeforeTheMethod() {
        RouteTable table = RouteTable.builder()
                .route("GET", "/pets/dog/{id}", "DogById")
                .route("ANY", "/pets/dog/1", "FirstDog")
                .route("GET", "/pets/{proxy+}", "Pets")
                .route("ANY", "/{proxy+}", "Everything")
                .build();

        assertThat(table.match("GET", "/pets/dog/1")).map(RouteMatch::target).contains("FirstDog");
        assertThat(table.match("GET", "/pets/dog/2")).map(RouteMatch::target).contains("DogById");
        assertThat(table.match("GET", "/pets/cat/1")).map(RouteMatch::target).contains("Pets");
        assertThat(table.match("POST", "/pets/cat/1")).map(RouteMatch::target).contains("Everything");
        assertThat(table.match("POST", "/")).isEmpty();
    }

    @Test
    void leftmostLiteralSegmentWinsAmongVariableRoutes() {
        RouteTable table = RouteTable.builder()
                .route("GET", "/a/{x}/c", "VariableFirst")
                .route("GET", "/a/b/{y}", "LiteralFirst")
                .route("GET", "/{proxy+}", "Greedy")
                .route("GET", "/a/{proxy+}", "GreedyUnderA")
                .build();

        assertThat(table.match("GET", "/a/b/c")).map(RouteMatch::target).contains("LiteralFirst");
        assertThat(table.match("GET", "/a/z/c")).map(RouteMatch::target).contains("VariableFirst");
        assertThat(table.match("GET", "/a/z/d/e")).map(RouteMatch::target).contains("GreedyUnderA");
        assertThat(table.match("GET", "/z")).map(RouteMatch::target).contains("Greedy");
    }

    @Test
    void defaultRouteCatchesTheRest() {
        assertRoute(routes.match("POST", "/api/v1/health"), "Fallback", "$default", Map.of());
        assertRoute(routes.match("GET", "/elsewhere"), "Fallback", "$default", Map.of());
        // A greedy variable needs at least one more segment.
        assertRoute(routes.match("GET", "/api/v1/bookings"), "Fallback", "$default", Map.of());
        assertRoute(routes.match("GET", "/api/v1/bookings/"), "Fallback", "$default", Map.of());
    }

    @Test
    void withoutDefaultRouteAnUnknownRouteIsNotFound() {
        RouteTable table = RouteTable.builder().route("GET", "/api/v1/health", "Health").build();

        assertThat(table.match("GET", "/api/v1/nothing")).isEmpty();
        assertThat(table.match("POST", "/api/v1/health")).isEmpty();
        assertThat(table.match("GET", "/api/v1/health/")).isEmpty();
        assertThat(GatewayResponse.notFound().status()).isEqualTo(404);
        assertThat(GatewayResponse.notFound().bodyText()).isEqualTo("{\"message\":\"Not Found\"}");
    }

    @Test
    void matchingIsCaseSensitive() {
        RouteTable table = RouteTable.builder().route("get", "/api/v1/health", "Health").build();

        assertThat(table.match("GET", "/api/v1/health")).map(RouteMatch::routeKey).contains("GET /api/v1/health");
        assertThat(table.match("GET", "/API/v1/health")).isEmpty();
    }

    @Test
    void segmentsAreMatchedRawAndParametersDecoded() {
        RouteTable table = RouteTable.builder()
                .route("GET", "/api/v1/health", "Health")
                .route("POST", "/api/v1/bookings/{bookingId}/cancel", "CancelBooking")
                .route("ANY", "/files/{proxy+}", "Files")
                .build();

        assertThat(table.match("GET", "/api/v1/heal%74h")).isEmpty();
        assertThat(table.match("POST", "/api/v1/bookings/a%2Fb%20c+d/cancel"))
                .map(RouteMatch::pathParameters).contains(Map.of("bookingId", "a/b c+d"));
        assertThat(table.match("POST", "/api/v1/bookings/caf%C3%A9/cancel"))
                .map(RouteMatch::pathParameters).contains(Map.of("bookingId", "café"));
        assertThat(table.match("GET", "/files/my%20docs/a%25b.txt"))
                .map(RouteMatch::pathParameters).contains(Map.of("proxy", "my docs/a%b.txt"));
        assertThat(table.match("GET", "/files/100%"))
                .map(RouteMatch::pathParameters).contains(Map.of("proxy", "100%"));
    }

    @Test
    void variablesTakeWholeNonEmptySegments() {
        assertThat(routes.match("POST", "/api/v1/bookings//cancel")).map(RouteMatch::target).contains("BookingsAny");
    }

    @Test
    void rejectsMalformedAndConflictingRoutes() {
        assertThatThrownBy(() -> RouteTable.builder().route("GET", "/a/{proxy+}/b", "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last segment");
        assertThatThrownBy(() -> RouteTable.builder().route("GET", "api/v1", "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start with '/'");
        assertThatThrownBy(() -> RouteTable.builder().route("GET", "/a/file-{id}", "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole segment");
        assertThatThrownBy(() -> RouteTable.builder().route("GET", "/a/{id}", "X").route("GET", "/a/{other}", "Y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GET /a/{other}");
        assertThatThrownBy(() -> RouteTable.builder().route("ANY", "$default", "X").route("ANY", "$default", "Y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$default");
    }

    private static void assertRoute(Optional<RouteMatch> match, String target, String routeKey,
            Map<String, String> pathParameters) {
        assertThat(match).isPresent();
        assertThat(match.get().target()).isEqualTo(target);
        assertThat(match.get().routeKey()).isEqualTo(routeKey);
        assertThat(match.get().pathParameters()).isEqualTo(pathParameters);
    }
}
