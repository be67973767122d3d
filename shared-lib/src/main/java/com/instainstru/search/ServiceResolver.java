package com.instainstru.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The behaviour contract of reference §22 for one term, given how it scores against the whole catalog:
 * <ul>
 * <li>a term naming a category ("music", "languages") returns every service of that category, and a term
 *     naming a subcategory better than any service returns that subcategory's services;</li>
 * <li>otherwise a term naming a service returns only that service (ties kept: the best score within
 *     {@link #TIE}); a typo still names it when the combined score reaches {@link #MIN_RELEVANCE};</li>
 * <li>lexical guardrail: a service is only returned with trigram evidence ({@link #MIN_TRIGRAM}), so an edit
 *     distance alone ("cat" is one letter from "art") never matches. The reference requires this for
 *     queries of at most two words; applying it to every term is stricter and changes nothing for longer
 *     terms, whose matches come from a service name inside the query.</li>
 * </ul>
 * Category and subcategory names win only when they are named nearly exactly ({@link #MIN_GROUP_SCORE}: a
 * typo like "paino" is closer to the subcategory "Painting" than trigrams are to "Piano") and match at least as
 * well as ({@code >=} for categories, {@code >} for subcategories) the best service, so "sat prep" and
 * "guitar" (also a subcategory) stay one service.
 */
public final class ServiceResolver {

    public static final double MIN_RELEVANCE = 0.5;
    public static final double MIN_TRIGRAM = 0.15;
    public static final double MIN_GROUP_SCORE = 0.8;
    public static final double TIE = 0.02;

    private ServiceResolver() {
    }

    /** The kind of match a term made. */
    public enum Kind { SERVICE, SUBCATEGORY, CATEGORY, NONE }

    public record Resolution(Kind kind, String groupId, double groupScore, List<MatchedService> services) {
    }

    public static Resolution resolve(List<CatalogMatch> catalog) {
        Optional<CatalogMatch> bestService = catalog.stream()
                .filter(match -> match.trigram() >= MIN_TRIGRAM)
                .max(Comparator.comparingDouble(CatalogMatch::relevance));
        double serviceScore = bestService.map(CatalogMatch::relevance).orElse(0.0);
        Optional<CatalogMatch> bestCategory = catalog.stream().max(Comparator.comparingDouble(CatalogMatch::categoryScore));
        Optional<CatalogMatch> bestSubcategory =
                catalog.stream().max(Comparator.comparingDouble(CatalogMatch::subcategoryScore));
        double categoryScore = bestCategory.map(CatalogMatch::categoryScore).orElse(0.0);
        double subcategoryScore = bestSubcategory.map(CatalogMatch::subcategoryScore).orElse(0.0);

        if (categoryScore >= MIN_GROUP_SCORE && categoryScore >= serviceScore && categoryScore >= subcategoryScore) {
            return new Resolution(Kind.CATEGORY, bestCategory.get().categoryId(), categoryScore, List.of());
        }
        if (subcategoryScore >= MIN_GROUP_SCORE && subcategoryScore > serviceScore) {
            return new Resolution(Kind.SUBCATEGORY, bestSubcategory.get().subcategoryId(), subcategoryScore, List.of());
        }
        if (serviceScore < MIN_RELEVANCE) {
            return new Resolution(Kind.NONE, null, 0.0, List.of());
        }
        List<MatchedService> services = catalog.stream()
                .filter(match -> match.trigram() >= MIN_TRIGRAM && match.relevance() >= serviceScore - TIE)
                .sorted(Comparator.comparingDouble(CatalogMatch::relevance).reversed())
                .map(match -> new MatchedService(match.serviceId(), match.serviceName(), match.serviceSlug(),
                        match.relevance()))
                .toList();
        return new Resolution(Kind.SERVICE, null, serviceScore, services);
    }
}
