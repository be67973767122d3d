package com.instainstru.instructors.areas.schema;

import java.util.List;

/** A GeoJSON FeatureCollection (RFC 7946, WGS 84): one feature per neighborhood the instructor serves. */
public record CoverageResponse(String type, List<CoverageFeature> features) {

    public static CoverageResponse of(List<CoverageFeature> features) {
        return new CoverageResponse("FeatureCollection", features);
    }
}
