package com.instainstru.catalog.schema;

/** A subcategory with the number of its active services. */
public record SubcategorySummary(String id, String name, String slug, int serviceCount) {
}
