package com.instainstru.instructors.areas.schema;

public record CoverageProperties(String regionId, String name, String borough) {
}
