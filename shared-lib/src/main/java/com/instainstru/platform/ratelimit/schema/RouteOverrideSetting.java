package com.instainstru.platform.ratelimit.schema;

/** A route ({@code "POST /api/v1/bookings"}, method and route template) limited by another bucket than its code's. */
public record RouteOverrideSetting(String route, String bucket) {
}
