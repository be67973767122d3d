package com.instainstru.functions.instructors;

import static com.instainstru.functions.instructors.GeoFixtures.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RegionResourceTest {

    @Inject
    GeoFixtures fixtures;

    @Test
    void theSelectorGetsNeighborhoodsWithTheirBoroughAndNoPolygons() {
        anonymous().get("/api/v1/regions?type=nyc").then().statusCode(200)
                .body("type", equalTo("nyc"), "regions", hasSize(greaterThanOrEqualTo(25)),
                        "regions.name", hasItems("Park Slope", "Astoria", "Upper East Side", "St. George"),
                        "regions.find { it.name == 'Park Slope' }.borough", equalTo("Brooklyn"),
                        "regions.find { it.name == 'Park Slope' }.id", equalTo(fixtures.region("park-slope")),
                        "regions[0].keySet()", hasItems("id", "name", "borough"),
                        "regions.collect { it.size() }", everyItem(equalTo(3)))
                .body(not(containsString("coordinates")));
        anonymous().get("/api/v1/regions").then().statusCode(200).body("type", equalTo("nyc"));
        anonymous().get("/api/v1/regions?type=nyc_borough").then().statusCode(200).body("regions", hasSize(5));
    }

    @Test
    void aBadTypeIsA400() {
        anonymous().get("/api/v1/regions?type=NYC!").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("type"), "errors[0].rule", equalTo("region_type"));
    }

    @Test
    void lookupNamesTheNeighborhoodOfAPoint() {
        anonymous().queryParams(Map.of("lat", "40.6720", "lng", "-73.9790")).get("/api/v1/regions/lookup")
                .then().statusCode(200)
                .body("id", equalTo(fixtures.region("park-slope")), "name", equalTo("Park Slope"),
                        "borough", equalTo("Brooklyn"));
    }

    @Test
    void aPointOutsideEveryNeighborhoodIsOutsideNyc() {
        anonymous().queryParams(Map.of("lat", "40.7440", "lng", "-74.0324")).get("/api/v1/regions/lookup")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("OUTSIDE_NYC"));
    }

    @Test
    void malformedAndOutOfRangeCoordinatesAreA400() {
        anonymous().queryParams(Map.of("lat", "forty", "lng", "-73.9")).get("/api/v1/regions/lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("lat"), "errors[0].rule", equalTo("number"));
        anonymous().queryParams(Map.of("lat", "40.7", "lng", "-180.000001")).get("/api/v1/regions/lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("lng"), "errors[0].rule", equalTo("range"));
        anonymous().get("/api/v1/regions/lookup").then().statusCode(400).body("errors", hasSize(2));
    }
}
