package com.instainstru.instructors.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.instainstru.geo.GeoTestKit;
import com.instainstru.geo.regions.schema.RegionResponse;
import com.instainstru.instructors.areas.schema.CoverageFeature;
import com.instainstru.instructors.areas.schema.CoverageResponse;
import com.instainstru.instructors.areas.schema.ServiceAreasRequest;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceAreaServiceTest {

    private static final double[] PARK_SLOPE = {40.6720, -73.9790};
    private static final double[] ASTORIA = {40.7644, -73.9235};

    private final GeoTestKit kit = new GeoTestKit();

    @Test
    void theInstructorReplacesTheWholeSetAndReadsItBackByBoroughThenName() {
        String me = kit.instructor();
        put(me, "park-slope", "astoria");

        var response = put(me, "williamsburg", "park-slope", "chelsea", "park-slope");

        assertThat(response.areas()).extracting(RegionResponse::name, RegionResponse::borough).containsExactly(
                tuple("Park Slope", "Brooklyn"), tuple("Williamsburg", "Brooklyn"), tuple("Chelsea", "Manhattan"));
        assertThat(kit.serviceAreas.mine(me)).isEqualTo(response);
        assertThat(kit.regionCodesOf(me)).containsExactly("chelsea", "park-slope", "williamsburg");
    }

    @Test
    void anAreaThatStaysKeepsWhenItWasAdded() {
        String me = kit.instructor();
        put(me, "park-slope");
        Instant added = createdAt(me, "park-slope");
        kit.clock.advance(Duration.ofDays(3));

        put(me, "park-slope", "dumbo");

        assertThat(createdAt(me, "park-slope")).isEqualTo(added);
        assertThat(createdAt(me, "dumbo")).isEqualTo(added.plus(Duration.ofDays(3)));
    }

    @Test
    void unknownAndBoroughIdsAreA400NamingEachAndChangeNothing() {
        String me = kit.instructor();
        put(me, "astoria");
        String unknown = "01KDWC0000NYN0000000000ZZZ";
        String manhattan = kit.region("manhattan");

        assertThatThrownBy(() -> kit.serviceAreas.replace(me,
                new ServiceAreasRequest(List.of(kit.region("park-slope"), unknown, manhattan))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::message)
                        .containsExactly(
                                tuple("regionIds[1]", "unknown_region", "Unknown region " + unknown
                                        + ": pick a neighborhood from GET /api/v1/regions?type=nyc"),
                                tuple("regionIds[2]", "unknown_region", "Unknown region " + manhattan
                                        + ": pick a neighborhood from GET /api/v1/regions?type=nyc")));
        assertThat(kit.regionCodesOf(me)).containsExactly("astoria");
    }

    @Test
    void malformedRequestsAreA400() {
        String me = kit.instructor();

        assertThatThrownBy(() -> kit.serviceAreas.replace(me, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("body"));
        assertThatThrownBy(() -> kit.serviceAreas.replace(me, new ServiceAreasRequest(null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("regionIds", "required")));
        assertThatThrownBy(() -> kit.serviceAreas.replace(me,
                new ServiceAreasRequest(java.util.Arrays.asList("not-a-ulid", null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("regionIds[0]", "ulid"), tuple("regionIds[1]", "ulid")));
    }

    @Test
    void fiftyIdsAreAcceptedAndFiftyOneAreNot() {
        String me = kit.instructor();
        List<String> all = kit.regions.list("nyc").regions().stream().map(RegionResponse::id).toList();
        List<String> fifty = new ArrayList<>(all);
        while (fifty.size() < 50) {
            fifty.add(all.get(fifty.size() % all.size()));
        }
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(all.get(0));

        assertThat(kit.serviceAreas.replace(me, new ServiceAreasRequest(fifty)).areas()).hasSize(all.size());
        assertThatThrownBy(() -> kit.serviceAreas.replace(me, new ServiceAreasRequest(fiftyOne)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("regionIds", "max_items")));
    }

    @Test
    void theLastAreaCannotGoWhileAnActiveServiceOffersTravel() {
        String me = kit.instructor();
        put(me, "park-slope");
        String travel = kit.offerTravel(me);

        assertThatThrownBy(() -> put(me)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.code()).isEqualTo("LAST_SERVICE_AREA_WHILE_TRAVELLING");
            assertThat(e.getMessage()).isEqualTo("Cannot remove the last service area while offering travel lessons");
        });
        assertThat(kit.regionCodesOf(me)).containsExactly("park-slope");
        // swapping areas is fine while travelling; only ending with none is not
        assertThat(put(me, "dumbo").areas()).extracting(RegionResponse::name).containsExactly("DUMBO");

        kit.deactivateService(travel);
        assertThat(put(me).areas()).isEmpty();
    }

    @Test
    void withoutAnInstructorProfileThereIsNothingToManage() {
        String student = kit.user();

        assertThatThrownBy(() -> kit.serviceAreas.mine(student))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
        assertThatThrownBy(() -> put(student, "park-slope")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aSecondInstructorsChangesLeaveTheFirstsAreasAlone() {
        String first = kit.instructor();
        String second = kit.instructor();
        put(first, "park-slope", "dumbo");

        put(second, "astoria");
        put(second);

        assertThat(kit.regionCodesOf(first)).containsExactly("dumbo", "park-slope");
        assertThat(kit.serviceAreas.mine(second).areas()).isEmpty();
    }

    @Test
    void aPointInParkSlopeIsCoveredAndOneInAstoriaIsNot() {
        String me = kit.instructor();
        put(me, "park-slope");

        assertThat(kit.serviceAreas.covers(me, PARK_SLOPE[0], PARK_SLOPE[1])).isTrue();
        assertThat(kit.serviceAreas.covers(me, ASTORIA[0], ASTORIA[1])).isFalse();
        assertThat(kit.serviceAreas.covers(kit.instructor(), PARK_SLOPE[0], PARK_SLOPE[1])).isFalse();
    }

    /**
     * ST_Covers counts the boundary as inside: a point exactly on an area's edge or corner is covered (ST_Contains
     * would say no). On an edge two neighborhoods share, the point is covered by either, so a student on the
     * border between two areas can book an instructor serving just one of them.
     */
    @Test
    void pointsOnTheBorderAreCovered() {
        String parkSlope = kit.instructor();
        put(parkSlope, "park-slope");
        String greenpoint = kit.instructor();
        put(greenpoint, "greenpoint");
        String williamsburg = kit.instructor();
        put(williamsburg, "williamsburg");

        // on Park Slope's southern edge, from (-73.99, 40.662) to (-73.97, 40.662)
        assertThat(kit.serviceAreas.covers(parkSlope, 40.6620, -73.9800)).isTrue();
        assertThat(kit.serviceAreas.covers(parkSlope, 40.6619, -73.9800)).isFalse();
        // a corner Greenpoint and Williamsburg share
        assertThat(kit.serviceAreas.covers(greenpoint, 40.7200, -73.9400)).isTrue();
        assertThat(kit.serviceAreas.covers(williamsburg, 40.7200, -73.9400)).isTrue();
        assertThat(kit.platform.jdbc.queryOne("""
                SELECT ST_Contains(boundary, ST_SetSRID(ST_MakePoint(-73.98, 40.662), 4326)) AS contains
                  FROM region_boundaries WHERE region_code = 'park-slope'
                """, row -> row.bool("contains"))).contains(false);
    }

    @Test
    void coversRefusesCoordinatesOutOfRange() {
        String me = kit.instructor();

        assertThatThrownBy(() -> kit.serviceAreas.covers(me, 91, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> kit.serviceAreas.covers(me, 0, -180.5)).isInstanceOf(ValidationException.class);
        assertThat(kit.serviceAreas.covers(me, 90, 180)).isFalse();
    }

    @Test
    void coverageIsAFeatureCollectionOfALiveInstructorsNeighborhoods() {
        String me = kit.instructor();
        put(me, "park-slope", "astoria");

        assertThatThrownBy(() -> kit.serviceAreas.coverage(me)).isInstanceOfSatisfying(ResourceNotFoundException.class,
                e -> assertThat(e.code()).isEqualTo("INSTRUCTOR_NOT_FOUND"));
        kit.goLive(me);
        CoverageResponse coverage = kit.serviceAreas.coverage(me);

        assertThat(coverage.type()).isEqualTo("FeatureCollection");
        assertThat(coverage.features()).extracting(f -> f.properties().name()).containsExactly("Park Slope", "Astoria");
        CoverageFeature parkSlope = coverage.features().get(0);
        assertThat(parkSlope.type()).isEqualTo("Feature");
        assertThat(parkSlope.id()).isEqualTo(kit.region("park-slope"));
        assertThat(parkSlope.properties().borough()).isEqualTo("Brooklyn");
        assertThat(parkSlope.geometry().type()).isEqualTo("MultiPolygon");
        assertThat(parkSlope.geometry().coordinates().get(0).get(0)).hasSize(5)
                .contains(List.of(-73.99, 40.662), List.of(-73.97, 40.68));
    }

    @Test
    void coverageAndTheCheckAreOnlyForLiveInstructorsWithActiveAccounts() {
        String me = kit.liveInstructor();
        put(me, "park-slope");

        assertThat(kit.serviceAreas.check(me, "40.6720", "-73.9790").covered()).isTrue();
        assertThat(kit.serviceAreas.check(me, "40.7644", "-73.9235").covered()).isFalse();

        kit.suspend(me);
        assertThatThrownBy(() -> kit.serviceAreas.check(me, "40.6720", "-73.9790"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> kit.serviceAreas.coverage(me)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> kit.serviceAreas.coverage("01KDWC0000NYN0000000000ZZZ"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> kit.serviceAreas.coverage("nope")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("instructorId"));
        assertThatThrownBy(() -> kit.serviceAreas.check(me, "x", "-73.9")).isInstanceOf(ValidationException.class);
    }

    @Test
    void anEmptyCoverageIsAnEmptyCollection() {
        String me = kit.liveInstructor();

        assertThat(kit.serviceAreas.coverage(me).features()).isEqualTo(Collections.emptyList());
    }

    private com.instainstru.instructors.areas.schema.ServiceAreasResponse put(String instructorId, String... codes) {
        List<String> ids = java.util.Arrays.stream(codes).map(kit::region).toList();
        return kit.serviceAreas.replace(instructorId, new ServiceAreasRequest(ids));
    }

    private Instant createdAt(String instructorId, String code) {
        return kit.platform.jdbc.queryOne("""
                SELECT a.created_at FROM instructor_service_areas a JOIN region_boundaries r ON r.id = a.region_id
                 WHERE a.instructor_id = ? AND r.region_code = ?
                """, row -> row.instant("created_at"), instructorId, code).orElseThrow();
    }
}
