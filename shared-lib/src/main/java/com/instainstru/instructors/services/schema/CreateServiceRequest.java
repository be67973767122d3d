package com.instainstru.instructors.services.schema;

import java.util.List;

/**
 * Offer a catalog service. {@code durationOptions}: minutes, 15-720 in steps of 15, no duplicates;
 * {@code ageGroups}: a non-empty subset of the catalog service's eligible groups; {@code skillLevels}:
 * beginner, intermediate, advanced (all three when absent); {@code formatPrices}: at least one, one per format.
 */
public record CreateServiceRequest(
        String catalogServiceId,
        String description,
        String requirements,
        List<Integer> durationOptions,
        List<String> ageGroups,
        List<String> skillLevels,
        List<FormatPriceRequest> formatPrices) {
}
