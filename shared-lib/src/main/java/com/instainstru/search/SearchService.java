package com.instainstru.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.privacy.PublicName;
import com.instainstru.search.schema.SearchRequest;
import com.instainstru.search.schema.SearchResponse;
import com.instainstru.search.schema.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Instructor search (reference §22 without the LLM and embedding tiers): the query's terms resolve to
 * catalog services (see {@link ServiceResolver}), the filters narrow live instructors offering them, and
 * {@link SearchScorer} ranks them. When fewer than {@value #ENOUGH} instructors pass every filter, filters
 * are loosened one at a time in the order date, skill, audience, location (5 km to 10 km, then none),
 * price, until enough are found; the service itself is never relaxed. Answers are cached 5 minutes under
 * their normalized parameters; what a term names in the catalog is cached 1 hour with the catalog.
 */
@ApplicationScoped
public class SearchService {

    /** Fewer results than this trigger relaxation. */
    public static final int ENOUGH = 5;
    public static final int RADIUS_METERS = 5_000;
    public static final int FALLBACK_RADIUS_METERS = 10_000;
    /** The rating prior C while no instructor has any review (the platform has no reviews before capability 12). */
    public static final double DEFAULT_MEAN_RATING = 4.0;

    /**
     * Term resolutions live in the catalog's family (1 h, dropped with the catalog), like the reference's
     * parsed-query cache: they depend on nothing but the catalog.
     */
    private static final String TERM_KEY_PREFIX = "search-term:";
    private static final TypeReference<List<MatchedService>> MATCHED_SERVICES = new TypeReference<>() {
    };

    private final SearchRepository repository;
    private final Cache cache;
    private final Clock clock;

    public SearchService(SearchRepository repository, Cache cache, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.clock = clock;
    }

    public SearchResponse search(SearchRequest request) {
        SearchCriteria criteria = SearchCriteria.from(request);
        return cache.getOrLoad(CacheFamilies.SEARCH_RESULTS, criteria.cacheKey(), SearchResponse.class,
                () -> compute(criteria));
    }

    /** Uncached: the benchmark and tests measure this. */
    public SearchResponse compute(SearchCriteria criteria) {
        Map<String, MatchedService> services = matchedServices(criteria.query());
        if (services.isEmpty()) {
            return new SearchResponse(criteria.query(), List.of(), List.of(), 0, criteria.page(), criteria.limit(),
                    null, List.of(), "No lesson in our catalog matches \"" + criteria.query() + "\".");
        }
        Filters filters = Filters.of(criteria);
        List<Candidate> found = repository.candidates(filters.toCandidateFilters(services.keySet(), criteria));
        List<Relaxation> relaxed = new ArrayList<>();
        for (Relaxation step : Relaxation.values()) {
            if (distinctInstructors(found) >= ENOUGH) {
                break;
            }
            if (step.applies(filters)) {
                filters = step.apply(filters);
                relaxed.add(step);
                found = repository.candidates(filters.toCandidateFilters(services.keySet(), criteria));
            }
        }
        double meanRating = globalMeanRating();
        Instant now = clock.instant();
        List<SearchResult> ranked = bestServicePerInstructor(found, services).stream()
                .map(candidate -> result(candidate, services.get(candidate.serviceCatalogId()), criteria,
                        meanRating, now))
                .sorted(Comparator.comparingDouble((SearchResult result) -> result.ranking().score()).reversed()
                        .thenComparing(SearchResult::instructorId))
                .toList();
        int from = Math.min(ranked.size(), (criteria.page() - 1) * criteria.limit());
        int to = Math.min(ranked.size(), from + criteria.limit());
        return new SearchResponse(criteria.query(), services.values().stream().map(MatchedService::name).toList(),
                ranked.subList(from, to), ranked.size(), criteria.page(), criteria.limit(),
                filters.radiusMeters() == null ? null : filters.radiusMeters() / 1000.0,
                relaxed.stream().map(Relaxation::code).toList(), Relaxation.explain(relaxed, criteria));
    }

    /** C of the quality score: the review-weighted mean rating, or {@link #DEFAULT_MEAN_RATING} without reviews. */
    public double globalMeanRating() {
        Double mean = repository.globalMeanRating();
        return mean == null ? DEFAULT_MEAN_RATING : mean;
    }

    /** The union over the query's "or" alternatives; a service found by several keeps its best relevance. */
    Map<String, MatchedService> matchedServices(String query) {
        Map<String, MatchedService> services = new LinkedHashMap<>();
        for (String term : QueryTerms.of(query)) {
            List<MatchedService> matched = cache.getOrLoad(CacheFamilies.CATALOG, TERM_KEY_PREFIX + term,
                    MATCHED_SERVICES, () -> servicesForTerm(term));
            for (MatchedService service : matched) {
                services.merge(service.serviceId(), service,
                        (old, found) -> found.relevance() > old.relevance() ? found : old);
            }
        }
        return services;
    }

    /** What one term names in the catalog; a few milliseconds of trigram and edit-distance work, so cached. */
    List<MatchedService> servicesForTerm(String term) {
        ServiceResolver.Resolution resolution = ServiceResolver.resolve(repository.matchCatalog(term));
        return switch (resolution.kind()) {
            case SERVICE -> resolution.services();
            case CATEGORY, SUBCATEGORY -> repository
                    .servicesOfGroup(resolution.kind() == ServiceResolver.Kind.CATEGORY, resolution.groupId())
                    .stream().map(service -> new MatchedService(service.serviceId(), service.serviceName(),
                            service.serviceSlug(), resolution.groupScore())).toList();
            case NONE -> List.of();
        };
    }

    private static long distinctInstructors(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::instructorId).distinct().count();
    }

    /** An instructor offering several matched services is listed once, with the best-matching (then cheapest). */
    private static List<Candidate> bestServicePerInstructor(List<Candidate> candidates,
            Map<String, MatchedService> services) {
        Comparator<Candidate> better = Comparator
                .comparingDouble((Candidate c) -> services.get(c.serviceCatalogId()).relevance())
                .thenComparing(Comparator.comparingInt(Candidate::minPriceCents).reversed());
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            best.merge(candidate.instructorId(), candidate,
                    (old, found) -> better.compare(found, old) > 0 ? found : old);
        }
        return List.copyOf(best.values());
    }

    private static SearchResult result(Candidate candidate, MatchedService service, SearchCriteria criteria,
            double meanRating, Instant now) {
        Double km = candidate.distanceMeters() == null ? null : candidate.distanceMeters() / 1000.0;
        ScoringInput input = new ScoringInput(service.relevance(), candidate.ratingAverage(), candidate.reviewCount(),
                km, candidate.minPriceCents(), criteria.maxPriceCents(), candidate.lastActiveAt(),
                candidate.hasPhoto(), candidate.hasBio(), candidate.backgroundCheckPassed(),
                candidate.identityVerified(), candidate.responseRatePct(), criteria.audience() != null,
                criteria.audience() != null && candidate.ageGroups().contains(criteria.audience()),
                criteria.skill(), candidate.skillLevels(), candidate.founding());
        return new SearchResult(candidate.instructorId(), PublicName.of(candidate.firstName(), candidate.lastName()),
                candidate.serviceCatalogId(), service.name(), candidate.prices(), candidate.minPriceCents(),
                candidate.founding(), km == null ? null : Math.round(km * 10.0) / 10.0, candidate.ratingAverage(),
                candidate.reviewCount(), SearchScorer.score(input, meanRating, now));
    }
}
