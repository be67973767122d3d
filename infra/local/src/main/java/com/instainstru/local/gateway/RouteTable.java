package com.instainstru.local.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of one HTTP API and API Gateway's choice among them.
 *
 * <p>For a request the most specific matching route wins: a path without variables, then one with path variables,
 * then one ending in a greedy variable, then {@code $default}. Within a tier the route whose first differing segment
 * is a literal beats one with a variable there, and for the same path a route for the request's method beats
 * {@code ANY}. Paths are compared case-sensitively on their raw, still percent-encoded segments.
 */
public final class RouteTable {

    public static final String DEFAULT_ROUTE = "$default";
    public static final String ANY = "ANY";

    private static final Comparator<Route> MOST_SPECIFIC_FIRST = Comparator
            .comparing((Route route) -> route.pattern().tier())
            .thenComparing(Route::pattern, RouteTable::compareSegments)
            .thenComparing(route -> route.method().equals(ANY));

    private final List<Route> routes;
    private final Optional<String> defaultTarget;

    private RouteTable(List<Route> routes, Optional<String> defaultTarget) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(MOST_SPECIFIC_FIRST);
        this.routes = List.copyOf(sorted);
        this.defaultTarget = defaultTarget;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The route for this request, or empty when nothing matches and there is no {@code $default} route (a 404). */
    public Optional<RouteMatch> match(String method, String rawPath) {
        for (Route route : routes) {
            if (route.method().equals(ANY) || route.method().equals(method)) {
                Optional<Map<String, String>> parameters = route.pattern().match(rawPath);
                if (parameters.isPresent()) {
                    return Optional.of(new RouteMatch(route.target(), route.routeKey(), parameters.get()));
                }
            }
        }
        return defaultTarget.map(target -> new RouteMatch(target, DEFAULT_ROUTE, Map.of()));
    }

    private static int compareSegments(RoutePattern a, RoutePattern b) {
        List<RoutePattern.Segment> left = a.segments();
        List<RoutePattern.Segment> right = b.segments();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byKind = left.get(i).kind().compareTo(right.get(i).kind());
            if (byKind != 0) {
                return byKind;
            }
        }
        return Integer.compare(right.size(), left.size());
    }

    private record Route(String method, RoutePattern pattern, String target) {

        String routeKey() {
            return method + " " + pattern.path();
        }
    }

    /** Collects routes as template.yaml declares them; the order of declaration does not matter. */
    public static final class Builder {

        private final List<Route> routes = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private String defaultTarget;

        private Builder() {
        }

        /**
         * Adds a route. {@code method} is an HTTP method or {@code ANY} (any case); {@code path} is a path such as
         * {@code /api/v1/bookings/{proxy+}}, or {@code $default} for the catch-all route, whose method is ignored.
         *
         * @throws IllegalArgumentException for a malformed path or a route that conflicts with one already added
         */
        public Builder route(String method, String path, String target) {
            Objects.requireNonNull(target, "target");
            if (DEFAULT_ROUTE.equals(path)) {
                if (defaultTarget != null) {
                    throw new IllegalArgumentException("Duplicate $default route (" + defaultTarget + ", " + target + ")");
                }
                defaultTarget = target;
                return this;
            }
            if (method == null || method.isBlank()) {
                throw new IllegalArgumentException("Route " + path + " has no method");
            }
            Route route = new Route(method.trim().toUpperCase(Locale.ROOT), RoutePattern.parse(path), target);
            if (!keys.add(route.method() + " " + route.pattern().shape())) {
                throw new IllegalArgumentException("Route " + route.routeKey() + " conflicts with a route already declared");
            }
            routes.add(route);
            return this;
        }

        public RouteTable build() {
            return new RouteTable(routes, Optional.ofNullable(defaultTarget));
        }
    }
}
