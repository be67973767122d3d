package com.instainstru.platform.ratelimit.schema;

/** Names a route override by its route key, e.g. {@code "POST /api/v1/bookings/{id}/cancel"}. */
public record RouteKeyRequest(String route) {
}
