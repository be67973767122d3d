package com.instainstru.geo;

/**
 * Distances and offsets on a sphere of the Earth's mean radius (the radius PostGIS uses for geography
 * without the spheroid). Over tens of metres the sphere and WGS 84's ellipsoid differ by under 0.5 %.
 */
public final class GreatCircle {

    public static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private GreatCircle() {
    }

    /** Haversine distance in metres. */
    public static double distanceMeters(Coordinates from, Coordinates to) {
        double lat1 = Math.toRadians(from.lat());
        double lat2 = Math.toRadians(to.lat());
        double dLat = lat2 - lat1;
        double dLng = Math.toRadians(to.lng() - from.lng());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The point {@code meters} away from {@code start} along the initial bearing (radians clockwise from north). */
    public static Coordinates destination(Coordinates start, double bearingRadians, double meters) {
        double angular = meters / EARTH_RADIUS_METERS;
        double lat1 = Math.toRadians(start.lat());
        double lng1 = Math.toRadians(start.lng());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular)
                + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearingRadians));
        double lng2 = lng1 + Math.atan2(Math.sin(bearingRadians) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        double lng = Math.toDegrees(lng2);
        lng = ((lng + 540) % 360) - 180; // back into [-180, 180)
        return new Coordinates(Math.toDegrees(lat2), lng);
    }
}
