package com.instainstru.instructors.places.schema;

/**
 * A place as students see it: only the approximate point (25-50 m from the real one, fixed until the owner
 * moves the place). The address is shown for public spaces only; a teaching location's stays private.
 */
public record PublicPlaceResponse(String kind, String label, String address, double approxLat, double approxLng) {
}
