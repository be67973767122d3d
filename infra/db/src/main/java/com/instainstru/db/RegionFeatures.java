package com.instainstru.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, WGS 84) into regions and rejects the whole file, naming the
 * feature, at the first thing that would make a bad row: a missing name or code, a code used twice, a
 * geometry that is not a Polygon or MultiPolygon, coordinates out of range. PostGIS repairs what is merely
 * invalid (self-intersections) on import.
 */
final class RegionFeatures {

    static final int NAME_MAX = 100;
    static final int CODE_MAX = 64;

    private static final Set<String> POLYGONAL = Set.of("Polygon", "MultiPolygon");
    private static final Set<String> WGS84_NAMES = Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
            "urn:ogc:def:crs:EPSG::4326", "EPSG:4326");

    private RegionFeatures() {
    }

    /** One feature ready to upsert; {@code geometryJson} is the feature's geometry member as JSON text. */
    record RegionFeature(int index, String code, String name, String parent, String geometryJson) {
    }

    static List<RegionFeature> read(RegionImportOptions options) throws RegionImportException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(options.file()));
        } catch (NoSuchFileException e) {
            throw new RegionImportException("cannot read " + options.file() + ": no such file");
        } catch (JsonProcessingException e) {
            throw new RegionImportException(options.file() + " is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RegionImportException("cannot read " + options.file() + ": " + e.getMessage());
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new RegionImportException(options.file() + " is not a GeoJSON FeatureCollection");
        }
        checkCrs(root);
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new RegionImportException("the FeatureCollection has no features");
        }
        List<RegionFeature> regions = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            RegionFeature region = feature(i, features.get(i), options);
            Integer earlier = codes.putIfAbsent(region.code(), i);
            if (earlier != null) {
                throw new RegionImportException("feature " + i + ": " + options.codeProperty() + " '" + region.code()
                        + "' is already used by feature " + earlier);
            }
            regions.add(region);
        }
        return regions;
    }

    private static RegionFeature feature(int index, JsonNode feature, RegionImportOptions options)
            throws RegionImportException {
        String where = "feature " + index + ": ";
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            throw new RegionImportException(where + "not a GeoJSON Feature");
        }
        JsonNode properties = feature.path("properties");
        String name = text(properties, options.nameProperty());
        if (name == null) {
            throw new RegionImportException(where + "property '" + options.nameProperty() + "' (the name) is missing"
                    + " or blank");
        }
        if (name.length() > NAME_MAX) {
            throw new RegionImportException(where + "the name is longer than " + NAME_MAX + " characters");
        }
        String code = text(properties, options.codeProperty());
        if (code == null) {
            throw new RegionImportException(where + "property '" + options.codeProperty() + "' (the code) is missing"
                    + " or blank");
        }
        if (code.length() > CODE_MAX) {
            throw new RegionImportException(where + "the code is longer than " + CODE_MAX + " characters");
        }
        String parent = null;
        if (options.parentProperty().isPresent()) {
            parent = text(properties, options.parentProperty().get());
            if (parent != null && parent.length() > NAME_MAX) {
                throw new RegionImportException(where + "the parent region is longer than " + NAME_MAX + " characters");
            }
        }
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asText();
        if (!geometry.isObject() || !POLYGONAL.contains(type)) {
            throw new RegionImportException(where + "geometry must be a Polygon or MultiPolygon"
                    + (geometry.isObject() ? ", not " + (type.isEmpty() ? "untyped" : type) : " (it is missing)"));
        }
        JsonNode polygons = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            checkPolygon(where, polygons);
        } else {
            if (!polygons.isArray() || polygons.isEmpty()) {
                throw new RegionImportException(where + "a MultiPolygon needs at least one polygon");
            }
            for (JsonNode polygon : polygons) {
                checkPolygon(where, polygon);
            }
        }
        return new RegionFeature(index, code, name, parent, geometry.toString());
    }

    private static void checkPolygon(String where, JsonNode rings) throws RegionImportException {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new RegionImportException(where + "a polygon needs at least one ring");
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                throw new RegionImportException(where + "a ring needs at least 4 positions");
            }
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw new RegionImportException(where + "a position must be [longitude, latitude]");
                }
                double lng = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
                    throw new RegionImportException(where + "position [" + lng + ", " + lat + "] is not WGS 84"
                            + " longitude/latitude");
                }
            }
            if (!ring.get(0).get(0).equals(ring.get(ring.size() - 1).get(0))
                    || !ring.get(0).get(1).equals(ring.get(ring.size() - 1).get(1))) {
                throw new RegionImportException(where + "a ring must end where it starts");
            }
        }
    }

    /** GeoJSON is WGS 84 by definition; an old-style "crs" member naming something else is refused. */
    private static void checkCrs(JsonNode root) throws RegionImportException {
        JsonNode crs = root.path("crs");
        if (crs.isMissingNode() || crs.isNull()) {
            return;
        }
        String name = crs.path("properties").path("name").asText();
        if (!WGS84_NAMES.contains(name)) {
            throw new RegionImportException("the file's crs is '" + name + "'; only WGS 84 (CRS84 / EPSG:4326) is"
                    + " accepted: reproject it first (e.g. ogr2ogr -t_srs EPSG:4326)");
        }
    }

    private static String text(JsonNode properties, String property) {
        JsonNode value = properties.path(property);
        if (!(value.isTextual() || value.isNumber())) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
