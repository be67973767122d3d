package com.instainstru.bookings.creation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An instructor's service with everything creation needs about it and its instructor, read in one round trip:
 * durations, formats and their hourly rates, the catalog name, and the instructor's state, zone, name and
 * calendar settings.
 */
public record BookableOffering(
        String serviceId,
        String instructorId,
        boolean active,
        String serviceName,
        List<Integer> durationOptions,
        boolean offersTravel,
        boolean offersAtLocation,
        boolean offersOnline,
        Map<String, Integer> hourlyRates,
        boolean instructorHasProfile,
        boolean instructorLive,
        String instructorAccountStatus,
        String instructorTimeZone,
        String instructorFirstName,
        String instructorLastName,
        int nonTravelBufferMinutes,
        int travelBufferMinutes,
        boolean overnightProtection) {

    /**
     * The pricing format of a location type. A neutral place is priced as the instructor's location when the
     * service offers it, else as travel (the instructor goes to the public place).
     */
    public String pricingFormat(LocationType type) {
        return switch (type) {
            case NEUTRAL_LOCATION -> offersAtLocation ? "instructor_location" : "student_location";
            default -> type.value();
        };
    }

    public Optional<Integer> hourlyRateFor(LocationType type) {
        return Optional.ofNullable(hourlyRates.get(pricingFormat(type)));
    }

    /** Travel to the student always needs coverage; a neutral place only when the service cannot host it. */
    public boolean needsServiceArea(LocationType type) {
        return type == LocationType.STUDENT_LOCATION
                || type == LocationType.NEUTRAL_LOCATION && offersTravel && !offersAtLocation;
    }
}
