package com.instainstru.search.schema;

import com.instainstru.platform.privacy.PublicName;
import com.instainstru.search.FormatPrice;
import com.instainstru.search.ScoreBreakdown;
import java.util.List;

/**
 * One instructor: their public name, the matched service with its hourly rates per format, the distance to
 * their nearest service area rounded to 0.1 km (only when a point was searched; never coordinates), and the
 * ranking with its components.
 */
public record SearchResult(
        String instructorId,
        PublicName name,
        String serviceCatalogId,
        String serviceName,
        List<FormatPrice> prices,
        int fromPriceCents,
        boolean foundingInstructor,
        Double distanceKm,
        Double ratingAverage,
        int reviewCount,
        ScoreBreakdown ranking) {
}
