package com.instainstru.instructors.areas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.geo.Coordinates;
import com.instainstru.geo.regions.schema.RegionResponse;
import com.instainstru.instructors.areas.schema.CoverageFeature;
import com.instainstru.instructors.areas.schema.MultiPolygonGeometry;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ServiceAreaRepository {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public ServiceAreaRepository(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<RegionResponse> areasOf(String instructorId) {
        return jdbc.query("""
                SELECT r.id, r.name, r.parent_region
                  FROM instructor_service_areas a
                  JOIN region_boundaries r ON r.id = a.region_id
                 WHERE a.instructor_id = ?
                 ORDER BY r.parent_region NULLS FIRST, r.name, r.id
                """, row -> new RegionResponse(row.trimmed("id"), row.string("name"), row.string("parent_region")),
                instructorId);
    }

    /** Which of {@code regionIds} are active regions of {@code regionType}. */
    public Set<String> activeRegionsAmong(Collection<String> regionIds, String regionType) {
        return new HashSet<>(jdbc.query("""
                SELECT id FROM region_boundaries WHERE id = ANY (?::text[]) AND region_type = ? AND is_active
                """, row -> row.trimmed("id"), regionIds.toArray(String[]::new), regionType));
    }

    /** Makes the instructor's areas exactly {@code regionIds}; areas that stay keep their created_at. */
    public void replace(String instructorId, Collection<String> regionIds, Instant now) {
        String[] ids = regionIds.toArray(String[]::new);
        jdbc.update("""
                DELETE FROM instructor_service_areas WHERE instructor_id = ? AND NOT (region_id = ANY (?::text[]))
                """, instructorId, ids);
        jdbc.update("""
                INSERT INTO instructor_service_areas (instructor_id, region_id, coverage_type, created_at)
                SELECT ?, region_id, 'primary', ? FROM unnest(?::text[]) AS region_id
                ON CONFLICT (instructor_id, region_id) DO NOTHING
                """, instructorId, now, ids);
    }

    public List<CoverageFeature> coverage(String instructorId) {
        return jdbc.query("""
                SELECT r.id, r.name, r.parent_region, ST_AsGeoJSON(r.boundary, 6) AS geometry
                  FROM instructor_service_areas a
                  JOIN region_boundaries r ON r.id = a.region_id
                 WHERE a.instructor_id = ?
                 ORDER BY r.parent_region NULLS FIRST, r.name, r.id
                """, this::feature, instructorId);
    }

    /**
     * Whether any of the instructor's areas covers the point. ST_Covers includes the boundary, and for closed
     * polygons "some area covers it" is the same as "the union of the areas covers it", without building
     * the union; the GiST index on the boundaries does the rest.
     */
    public boolean covers(String instructorId, Coordinates point) {
        return jdbc.queryOne("""
                SELECT EXISTS (
                    SELECT 1 FROM instructor_service_areas a
                      JOIN region_boundaries r ON r.id = a.region_id
                     WHERE a.instructor_id = ?
                       AND ST_Covers(r.boundary, ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326))
                ) AS covered
                """, row -> row.bool("covered"), instructorId, point.lng(), point.lat()).orElse(false);
    }

    private CoverageFeature feature(Row row) throws SQLException {
        MultiPolygonGeometry geometry;
        try {
            geometry = json.readValue(row.string("geometry"), MultiPolygonGeometry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostGIS returned unreadable GeoJSON for region " + row.trimmed("id"), e);
        }
        return CoverageFeature.of(row.trimmed("id"), row.string("name"), row.string("parent_region"), geometry);
    }
}
