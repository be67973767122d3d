package com.instainstru.search;

/** A catalog service the query asks for, with the text relevance it gets in ranking. */
public record MatchedService(String serviceId, String name, String slug, double relevance) {
}
