package com.instainstru.geo.regions;

import com.instainstru.geo.Coordinates;
import com.instainstru.geo.regions.schema.RegionResponse;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RegionRepository {

    private final Jdbc jdbc;

    public RegionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionResponse> activeOfType(String regionType) {
        return jdbc.query("""
                SELECT id, name, parent_region FROM region_boundaries
                 WHERE region_type = ? AND is_active
                 ORDER BY parent_region NULLS FIRST, name, id
                """, RegionRepository::region, regionType);
    }

    /**
     * The active region of the type whose polygon covers the point (boundary included). A point on an edge
     * shared by two regions belongs to both; the one with the smaller id is answered, so the answer is stable.
     */
    public Optional<RegionResponse> covering(String regionType, Coordinates point) {
        return jdbc.query("""
                SELECT id, name, parent_region FROM region_boundaries
                 WHERE region_type = ? AND is_active
                   AND ST_Covers(boundary, ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326))
                 ORDER BY id
                 LIMIT 1
                """, RegionRepository::region, regionType, point.lng(), point.lat()).stream().findFirst();
    }

    static RegionResponse region(Row row) throws SQLException {
        return new RegionResponse(row.trimmed("id"), row.string("name"), row.string("parent_region"));
    }
}
