package com.instainstru.catalog.schema;

/** A category in the browse list, with the number of its active subcategories. */
public record CategorySummary(String id, String name, String slug, String description, int subcategoryCount) {
}
