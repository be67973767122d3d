package com.instainstru.instructors.services.schema;

import java.time.Instant;
import java.util.List;

/** One of the instructor's own services, with the catalog service's name. */
public record InstructorServiceResponse(
        String id,
        String catalogServiceId,
        String name,
        String slug,
        String description,
        String requirements,
        List<Integer> durationOptions,
        List<String> ageGroups,
        List<String> skillLevels,
        List<FormatPriceView> formatPrices,
        boolean offersTravel,
        boolean offersAtLocation,
        boolean offersOnline,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {
}
