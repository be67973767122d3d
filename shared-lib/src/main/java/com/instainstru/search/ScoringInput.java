package com.instainstru.search;

import java.time.Instant;
import java.util.Set;

/** What {@link SearchScorer} needs to know about one candidate (an instructor and their matched service). */
public record ScoringInput(
        double relevance,
        Double ratingAverage,
        int reviewCount,
        Double distanceKm,
        int priceCents,
        Integer maxPriceCents,
        Instant lastActiveAt,
        boolean hasPhoto,
        boolean hasBio,
        boolean backgroundCheckPassed,
        boolean identityVerified,
        Double responseRatePct,
        boolean audienceRequested,
        boolean audienceMatched,
        SkillLevel skillRequested,
        Set<SkillLevel> skillLevelsTaught,
        boolean founding) {
}
