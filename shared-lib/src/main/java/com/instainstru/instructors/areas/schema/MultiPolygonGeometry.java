package com.instainstru.instructors.areas.schema;

import java.util.List;

/** A GeoJSON MultiPolygon: polygons of rings of [longitude, latitude] positions (6 decimals). */
public record MultiPolygonGeometry(String type, List<List<List<List<Double>>>> coordinates) {
}
