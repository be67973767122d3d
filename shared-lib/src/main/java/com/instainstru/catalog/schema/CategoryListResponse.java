package com.instainstru.catalog.schema;

import java.util.List;

public record CategoryListResponse(List<CategorySummary> categories) {
}
