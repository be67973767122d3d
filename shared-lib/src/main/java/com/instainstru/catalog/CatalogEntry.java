package com.instainstru.catalog;

import java.util.List;

/**
 * One service of the catalog. Floors are hourly, in cents; {@code null} means the platform floor applies.
 */
public record CatalogEntry(
        String id,
        String subcategoryId,
        String name,
        String slug,
        String description,
        List<String> searchTerms,
        List<String> eligibleAgeGroups,
        int defaultDurationMinutes,
        Integer minInPersonRateCents,
        Integer minOnlineRateCents,
        boolean onlineCapable,
        boolean active) {
}
