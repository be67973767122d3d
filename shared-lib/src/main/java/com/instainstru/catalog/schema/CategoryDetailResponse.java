package com.instainstru.catalog.schema;

import java.util.List;

public record CategoryDetailResponse(String id, String name, String slug, String description,
        List<SubcategorySummary> subcategories) {
}
