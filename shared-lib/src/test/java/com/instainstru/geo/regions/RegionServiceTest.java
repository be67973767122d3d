package com.instainstru.geo.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.geo.GeoTestKit;
import com.instainstru.geo.regions.schema.RegionListResponse;
import com.instainstru.geo.regions.schema.RegionResponse;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionServiceTest {

    private final GeoTestKit kit = new GeoTestKit();

    @Test
    void theSelectorListsNeighborhoodsByBoroughThenNameWithoutPolygons() {
        RegionListResponse list = kit.regions.list(null);

        assertThat(list.type()).isEqualTo("nyc");
        assertThat(list.regions()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(list.regions().get(0)).isEqualTo(new RegionResponse(kit.region("fordham"), "Fordham", "Bronx"));
        assertThat(list.regions()).extracting(RegionResponse::borough).isSorted();
        assertThat(list.regions()).filteredOn(r -> r.borough().equals("Brooklyn")).extracting(RegionResponse::name)
                .containsExactly("Brooklyn Heights", "Bushwick", "DUMBO", "Greenpoint", "Park Slope", "Williamsburg");
    }

    @Test
    void boroughsAreATypeOfTheirOwnAndUnknownTypesAreEmpty() {
        assertThat(kit.regions.list("nyc_borough").regions()).extracting(RegionResponse::name)
                .containsExactly("Bronx", "Brooklyn", "Manhattan", "Queens", "Staten Island");
        assertThat(kit.regions.list("london").regions()).isEmpty();
        assertThatThrownBy(() -> kit.regions.list("NYC; drop"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("type", "region_type",
                                "type must be 1-20 characters a-z, 0-9 or _, e.g. nyc")));
    }

    @ParameterizedTest
    @CsvSource({
        "40.6720, -73.9790, park-slope",
        "40.7644, -73.9235, astoria",
        "40.7580, -73.9855, midtown",
        "40.7060, -74.0090, financial-district",
        "40.7081, -73.9571, williamsburg",
        "40.6420, -74.0780, st-george",
        "40.8615, -73.8900, fordham"})
    void aPointResolvesToTheNeighborhoodContainingIt(String lat, String lng, String code) {
        assertThat(kit.regions.lookup(lat, lng).id()).isEqualTo(kit.region(code));
    }

    @ParameterizedTest
    @CsvSource({
        "40.7440, -74.0324", // Hoboken, across the Hudson
        "40.7000, -74.0400", // the harbour
        "0, 0",
        "90, 180"})          // the largest valid values are valid, and outside
    void pointsOutsideEveryNeighborhoodAreOutsideNyc(String lat, String lng) {
        assertThatThrownBy(() -> kit.regions.lookup(lat, lng))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("OUTSIDE_NYC"));
    }

    @ParameterizedTest
    @CsvSource({
        "'',       -73.9, lat, required",
        "40.7,     ,      lng, required",
        "north,    -73.9, lat, number",
        "40.7,     NaN,   lng, range",
        "90.000001, -73.9, lat, range",
        "-90.5,    -73.9, lat, range",
        "40.7,     180.01, lng, range",
        "40.7,     -181,  lng, range"})
    void malformedOrOutOfRangeCoordinatesAreA400NamingTheField(String lat, String lng, String field, String rule) {
        assertThatThrownBy(() -> kit.regions.lookup(lat, lng))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule)));
    }
}
