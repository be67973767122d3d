package com.instainstru.search.schema;

/** The query parameters of {@code GET /api/v1/search} as sent (validated by the service). */
public record SearchRequest(
        String q,
        String lat,
        String lng,
        String maxPriceCents,
        String audience,
        String skill,
        String date,
        String limit,
        String page) {
}
