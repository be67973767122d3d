package com.instainstru.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The filters still in force while relaxing; null means dropped (or never asked for). */
record Filters(LocalDate date, SkillLevel skill, Audience audience, Integer radiusMeters, Integer maxPriceCents) {

    static Filters of(SearchCriteria criteria) {
        return new Filters(criteria.date(), criteria.skill(), criteria.audience(),
                criteria.point() == null ? null : SearchService.RADIUS_METERS, criteria.maxPriceCents());
    }

    CandidateFilters toCandidateFilters(Collection<String> serviceIds, SearchCriteria criteria) {
        return new CandidateFilters(List.copyOf(serviceIds), criteria.point(), radiusMeters, maxPriceCents, audience,
                skill, date);
    }
}
