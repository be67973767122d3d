package com.instainstru.search;

/**
 * How one search term matches one active catalog service and its subcategory and category (each 0..1).
 * {@code relevance} combines trigram similarity, edit distance and "the service name is inside the query";
 * {@code trigram} is the trigram evidence alone (the lexical guardrail).
 */
public record CatalogMatch(
        String serviceId,
        String serviceName,
        String serviceSlug,
        String subcategoryId,
        String categoryId,
        double relevance,
        double trigram,
        double subcategoryScore,
        double categoryScore) {
}
