package com.instainstru.catalog.schema;

import java.util.List;

public record CatalogServiceListResponse(List<CatalogServiceView> services) {
}
