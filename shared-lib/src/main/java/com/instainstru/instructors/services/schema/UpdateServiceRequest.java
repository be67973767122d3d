package com.instainstru.instructors.services.schema;

import java.util.List;

/** A partial update: absent (null) fields stay; a list that is present replaces the whole list. */
public record UpdateServiceRequest(
        String description,
        String requirements,
        List<Integer> durationOptions,
        List<String> ageGroups,
        List<String> skillLevels,
        List<FormatPriceRequest> formatPrices) {
}
