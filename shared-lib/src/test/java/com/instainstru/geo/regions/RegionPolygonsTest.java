package com.instainstru.geo.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.geo.GeoTestKit;
import com.instainstru.platform.ids.IdGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V5's development polygons are sane enough for every spatial query built on them: valid, neighborhoods
 * disjoint and inside their borough, centroids inside, and radius queries on geography measure metres.
 */
class RegionPolygonsTest {

    private final GeoTestKit kit = new GeoTestKit();

    @Test
    void fiveBoroughsAndTheirNeighborhoodsWithFixedUlids() {
        assertThat(strings("SELECT name AS v FROM region_boundaries WHERE region_type = 'nyc_borough' ORDER BY name"))
                .containsExactly("Bronx", "Brooklyn", "Manhattan", "Queens", "Staten Island");
        assertThat(strings("SELECT DISTINCT parent_region AS v FROM region_boundaries WHERE region_type = 'nyc' ORDER BY 1"))
                .containsExactly("Bronx", "Brooklyn", "Manhattan", "Queens", "Staten Island");
        assertThat(strings("SELECT name AS v FROM region_boundaries WHERE region_type = 'nyc'")).hasSizeGreaterThanOrEqualTo(25)
                .contains("Upper East Side", "Upper West Side", "Harlem", "Midtown", "Chelsea", "Greenwich Village",
                        "SoHo", "Lower East Side", "Financial District", "Williamsburg", "Park Slope", "Bushwick",
                        "DUMBO", "Brooklyn Heights", "Astoria", "Long Island City", "Flushing", "Forest Hills",
                        "Riverdale", "Fordham", "St. George");
        assertThat(strings("SELECT id AS v FROM region_boundaries")).allMatch(IdGenerator::isUlid);
    }

    @Test
    void everyPolygonIsAValidMultiPolygonInWgs84WithItsCentroidInside() {
        assertThat(strings("""
                SELECT name AS v FROM region_boundaries
                 WHERE NOT ST_IsValid(boundary) OR ST_SRID(boundary) <> 4326 OR GeometryType(boundary) <> 'MULTIPOLYGON'
                    OR NOT ST_Covers(boundary, centroid)
                """)).isEmpty();
    }

    @Test
    void neighborhoodsNeverOverlapAndNeitherDoBoroughs() {
        List<String> overlapping = strings("""
                SELECT a.name || ' / ' || b.name AS v
                  FROM region_boundaries a
                  JOIN region_boundaries b ON a.id < b.id AND a.region_type = b.region_type
                 WHERE a.region_type IN ('nyc', 'nyc_borough') -- other tests add overlapping 'test' squares
                   AND ST_Intersects(a.boundary, b.boundary)
                   AND ST_Area(ST_Intersection(a.boundary, b.boundary)::geography) > 0
                """);

        assertThat(overlapping).isEmpty();
        // adjacent neighborhoods do touch: they share edges
        assertThat(strings("""
                SELECT b.name AS v FROM region_boundaries a JOIN region_boundaries b ON ST_Touches(a.boundary, b.boundary)
                 WHERE a.region_code = 'midtown' AND b.region_type = 'nyc' ORDER BY b.name
                """)).containsExactly("Chelsea", "Gramercy", "Upper East Side", "Upper West Side");
    }

    @Test
    void eachNeighborhoodLiesInsideItsBorough() {
        assertThat(strings("""
                SELECT n.name AS v FROM region_boundaries n
                  LEFT JOIN region_boundaries b ON b.region_type = 'nyc_borough' AND b.name = n.parent_region
                 WHERE n.region_type = 'nyc' AND (b.id IS NULL OR NOT ST_CoveredBy(n.boundary, b.boundary))
                """)).isEmpty();
    }

    @Test
    void aRadiusOnGeographyMeasuresMetresFromThePointToTheNearestEdge() {
        String parkSlope = "ST_SetSRID(ST_MakePoint(-73.9790, 40.6720), 4326)::geography";

        List<String> within5Km = strings("""
                SELECT name AS v FROM region_boundaries
                 WHERE region_type = 'nyc' AND ST_DWithin(boundary::geography, %s, 5000) ORDER BY name
                """.formatted(parkSlope));
        List<String> within10Km = strings("""
                SELECT name AS v FROM region_boundaries
                 WHERE region_type = 'nyc' AND ST_DWithin(boundary::geography, %s, 10000) ORDER BY name
                """.formatted(parkSlope));

        assertThat(within5Km).containsExactly("Brooklyn Heights", "Bushwick", "Chinatown", "DUMBO", "Financial District",
                "Lower East Side", "Park Slope", "Tribeca", "Williamsburg");
        assertThat(within10Km).containsAll(within5Km).contains("Midtown", "Long Island City", "Greenpoint")
                .doesNotContain("Astoria", "Flushing", "Riverdale", "Fordham", "Harlem");
        // Tribeca's nearest edge is just inside 5 km, the East Village's just outside
        assertThat(strings("""
                SELECT name || '=' || round(ST_Distance(boundary::geography, %s)) AS v FROM region_boundaries
                 WHERE region_code IN ('tribeca', 'east-village') ORDER BY name
                """.formatted(parkSlope))).containsExactly("East Village=5286", "Tribeca=4969");
    }

    /** The first column of each row; every query names it {@code v}. */
    private List<String> strings(String sql) {
        return kit.platform.jdbc.query(sql, row -> row.string("v"));
    }
}
