package com.instainstru.search;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters one candidate query applies; null means "not filtered". {@code point} is always passed when
 * the student gave one (distances are computed even when the radius was relaxed away).
 */
public record CandidateFilters(
        List<String> serviceIds,
        GeoPoint point,
        Integer radiusMeters,
        Integer maxPriceCents,
        Audience audience,
        SkillLevel skill,
        LocalDate date) {
}
