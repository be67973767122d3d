package com.instainstru.geo.regions.schema;

/** A region as selectors show it: no polygon. {@code borough} is the parent region (null for a borough itself). */
public record RegionResponse(String id, String name, String borough) {
}
