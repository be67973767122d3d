package com.instainstru.search;

/** A WGS 84 point a student searched from; never echoed back. */
public record GeoPoint(double lat, double lng) {
}
