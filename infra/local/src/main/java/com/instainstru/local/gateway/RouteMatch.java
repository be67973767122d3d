package com.instainstru.local.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The route API Gateway picked for a request.
 *
 * @param target         the logical id of the function the route invokes
 * @param routeKey       {@code "GET /api/v1/bookings/{bookingId}/cancel"}, {@code "ANY /api/v1/bookings/{proxy+}"}
 *                       or {@code "$default"}
 * @param pathParameters decoded values by variable name, in path order; {@code {proxy+}} gives {@code proxy} the rest
 *                       of the path; empty when the route has no variables
 */
public record RouteMatch(String target, String routeKey, Map<String, String> pathParameters) {

    public RouteMatch {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(routeKey, "routeKey");
        pathParameters = pathParameters == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
    }
}
