package com.instainstru.instructors.places.schema;

/**
 * A place as its owner sees it: the exact point they entered and the approximate one ({@code approxLat},
 * {@code approxLng}, 25-50 m away) that everyone else sees.
 */
public record OwnPlaceResponse(String id, String kind, int position, String label, String address, double lat,
        double lng, double approxLat, double approxLng) {
}
