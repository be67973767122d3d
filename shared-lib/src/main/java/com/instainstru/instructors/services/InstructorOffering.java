package com.instainstru.instructors.services;

import java.time.Instant;
import java.util.List;

/** An instructor's offer of a catalog service (a row of instructor_services with its format prices). */
public record InstructorOffering(
        String id,
        String instructorId,
        String catalogServiceId,
        String catalogName,
        String catalogSlug,
        String description,
        String requirements,
        List<Integer> durationOptions,
        List<String> ageGroups,
        List<String> skillLevels,
        boolean offersTravel,
        boolean offersAtLocation,
        boolean offersOnline,
        boolean active,
        List<FormatPrice> prices,
        Instant createdAt,
        Instant updatedAt) {

    InstructorOffering withPrices(List<FormatPrice> formatPrices) {
        return new InstructorOffering(id, instructorId, catalogServiceId, catalogName, catalogSlug, description,
                requirements, durationOptions, ageGroups, skillLevels, offersTravel, offersAtLocation, offersOnline,
                active, formatPrices, createdAt, updatedAt);
    }
}
