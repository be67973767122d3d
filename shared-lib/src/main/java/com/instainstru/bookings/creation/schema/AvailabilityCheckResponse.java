package com.instainstru.bookings.creation.schema;

import java.util.List;

/**
 * Whether a booking request would be accepted now. When not, {@code code} and {@code message} are those the create
 * call would answer. Proximity warnings never block.
 */
public record AvailabilityCheckResponse(boolean available, String code, String message,
        List<ProximityWarning> proximityWarnings) {
}
