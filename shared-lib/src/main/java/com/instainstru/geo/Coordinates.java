package com.instainstru.geo;

import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** A WGS 84 point in degrees. Built only through {@link #of} or {@link #parse}, so it is always in range. */
public record Coordinates(double lat, double lng) {

    public Coordinates {
        if (!isLatitude(lat) || !isLongitude(lng)) {
            throw new IllegalArgumentException("not WGS 84 coordinates: " + lat + ", " + lng);
        }
    }

    public static boolean isLatitude(Double value) {
        return value != null && Double.isFinite(value) && value >= -90 && value <= 90;
    }

    public static boolean isLongitude(Double value) {
        return value != null && Double.isFinite(value) && value >= -180 && value <= 180;
    }

    /**
     * Query parameters {@code lat} and {@code lng} as the client sent them: 400 naming each field that is
     * missing, not a number, or out of range.
     */
    public static Coordinates parse(String lat, String lng) {
        List<FieldViolation> violations = new ArrayList<>();
        Double latitude = number("lat", lat, -90, violations);
        Double longitude = number("lng", lng, -180, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.size() == 1 ? violations.get(0).message()
                    : "lat and lng are invalid", violations);
        }
        return new Coordinates(latitude, longitude);
    }

    private static Double number(String field, String text, double min, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new FieldViolation(field, "required", field + " is required"));
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "number", field + " must be a decimal number of degrees"));
            return null;
        }
        if (!Double.isFinite(value) || value < min || value > -min) {
            violations.add(new FieldViolation(field, "range", field + " must be between " + (int) min + " and "
                    + (int) -min));
            return null;
        }
        return value;
    }
}
