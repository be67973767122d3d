package com.instainstru.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One live instructor offering one of the matched services, as the candidate query reads them. */
public record Candidate(
        String instructorId,
        String firstName,
        String lastName,
        boolean founding,
        boolean hasBio,
        boolean hasPhoto,
        boolean backgroundCheckPassed,
        boolean identityVerified,
        Double responseRatePct,
        Instant lastActiveAt,
        int reviewCount,
        Double ratingAverage,
        String serviceCatalogId,
        Set<Audience> ageGroups,
        Set<SkillLevel> skillLevels,
        int minPriceCents,
        List<FormatPrice> prices,
        Double distanceMeters) {
}
