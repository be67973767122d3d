package com.instainstru.catalog.schema;

import java.util.List;

/**
 * A catalog service as browsers see it. The floors are the hourly minimums in cents that apply to
 * instructors' prices: the service's own when it sets one, else the platform's ($80 in person, $60 online).
 */
public record CatalogServiceView(
        String id,
        String name,
        String slug,
        String description,
        String subcategoryId,
        List<String> searchTerms,
        List<String> eligibleAgeGroups,
        int defaultDurationMinutes,
        boolean onlineCapable,
        int inPersonFloorCents,
        int onlineFloorCents) {
}
