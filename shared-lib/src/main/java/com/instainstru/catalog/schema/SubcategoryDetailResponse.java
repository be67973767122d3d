package com.instainstru.catalog.schema;

import java.util.List;

public record SubcategoryDetailResponse(String id, String name, String slug, String categorySlug,
        List<CatalogServiceView> services) {
}
