package com.instainstru.platform.ratelimit.schema;

/** Puts a route ({@code "POST /api/v1/bookings/{id}/cancel"}) into a bucket other than its code's. */
public record RouteOverrideRequest(String route, String bucket) {
}
