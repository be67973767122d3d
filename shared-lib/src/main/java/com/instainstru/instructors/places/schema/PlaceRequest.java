package com.instainstru.instructors.places.schema;

/**
 * One preferred place: {@code kind} teaching_location or public_space; {@code address} 1-255 characters,
 * unique per kind ignoring case; optional {@code label} up to 100; {@code lat}/{@code lng} in WGS 84 degrees.
 */
public record PlaceRequest(String kind, String address, String label, Double lat, Double lng) {
}
