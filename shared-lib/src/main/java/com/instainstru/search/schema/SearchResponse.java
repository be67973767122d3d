package com.instainstru.search.schema;

import java.util.List;

/**
 * One page of search results. {@code total} counts every instructor found (at most
 * {@code limit * 10} are reachable through pages). {@code relaxed} lists, in the order applied, the filters
 * that were loosened because fewer than 5 instructors matched them all, and {@code explanation} says so in
 * words; {@code radiusKm} is the radius applied (5, 10 after the soft fallback, null without a point or
 * after the location filter was dropped).
 */
public record SearchResponse(
        String query,
        List<String> matchedServices,
        List<SearchResult> results,
        int total,
        int page,
        int limit,
        Double radiusKm,
        List<String> relaxed,
        String explanation) {
}
