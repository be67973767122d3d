package com.instainstru.geo.regions.schema;

import java.util.List;

/** The active regions of one type, by borough then name. */
public record RegionListResponse(String type, List<RegionResponse> regions) {
}
