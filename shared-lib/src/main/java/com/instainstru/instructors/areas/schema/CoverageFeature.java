package com.instainstru.instructors.areas.schema;

/** One GeoJSON Feature: a neighborhood's polygon and who it is. */
public record CoverageFeature(String type, String id, MultiPolygonGeometry geometry, CoverageProperties properties) {

    public static CoverageFeature of(String regionId, String name, String borough, MultiPolygonGeometry geometry) {
        return new CoverageFeature("Feature", regionId, geometry, new CoverageProperties(regionId, name, borough));
    }
}
