package com.instainstru.functions.instructors;

import static com.instainstru.functions.instructors.GeoFixtures.anonymous;
import static com.instainstru.functions.instructors.GeoFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ServiceAreaResourceTest {

    private static final String MINE = "/api/v1/instructors/me/service-areas";

    @Inject
    TestAccounts accounts;

    @Inject
    GeoFixtures fixtures;

    @Test
    void anInstructorReplacesAndReadsTheirAreas() {
        TestUser instructor = instructorWithProfile();
        as(instructor.bearer()).get(MINE).then().statusCode(200).body("areas", empty());

        as(instructor.bearer()).body(areas("astoria", "park-slope")).put(MINE).then().statusCode(200)
                .body("areas.name", contains("Park Slope", "Astoria"), "areas.borough", contains("Brooklyn", "Queens"));

        as(instructor.bearer()).get(MINE).then().statusCode(200).body("areas.name", contains("Park Slope", "Astoria"));
    }

    @Test
    void anUnknownRegionIsA400NamingIt() {
        TestUser instructor = instructorWithProfile();
        String unknown = "01KDWC0000NYN0000000000ZZZ";

        as(instructor.bearer()).body(Map.of("regionIds", List.of(unknown))).put(MINE).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"), "detail", containsString(unknown),
                        "errors[0].field", equalTo("regionIds[0]"), "errors[0].rule", equalTo("unknown_region"));
    }

    @Test
    void theLastAreaCannotGoWhileOfferingTravel() {
        TestUser instructor = instructorWithProfile();
        as(instructor.bearer()).body(areas("park-slope")).put(MINE).then().statusCode(200);
        fixtures.offerTravel(instructor.id());

        as(instructor.bearer()).body(Map.of("regionIds", List.of())).put(MINE).then().statusCode(422)
                .body("code", equalTo("LAST_SERVICE_AREA_WHILE_TRAVELLING"),
                        "detail", equalTo("Cannot remove the last service area while offering travel lessons"));
        as(instructor.bearer()).get(MINE).then().body("areas.name", contains("Park Slope"));
    }

    @Test
    void aBodylessPutIsA400AndAStudentHasNoInstructorProfile() {
        TestUser instructor = instructorWithProfile();
        as(instructor.bearer()).put(MINE).then().statusCode(400).body("errors[0].field", equalTo("body"));

        TestUser student = accounts.student();
        as(student.bearer()).get(MINE).then().statusCode(403).body("code", equalTo("PERMISSION_DENIED"));
        TestUser noProfile = accounts.instructor();
        as(noProfile.bearer()).get(MINE).then().statusCode(404).body("code", equalTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
    }

    /** The routes are "me" routes: there is no way to name another instructor, and their rows stay as they are. */
    @Test
    void aSecondInstructorCannotChangeTheFirstsAreas() {
        TestUser first = instructorWithProfile();
        TestUser second = instructorWithProfile();
        as(first.bearer()).body(areas("park-slope", "dumbo")).put(MINE).then().statusCode(200);

        as(second.bearer()).body(areas("astoria")).put(MINE).then().statusCode(200);
        as(second.bearer()).body(Map.of("regionIds", List.of())).put(MINE).then().statusCode(200);
        as(second.bearer()).get(MINE).then().body("areas", empty());

        as(first.bearer()).get(MINE).then().statusCode(200).body("areas.name", contains("DUMBO", "Park Slope"));
    }

    @Test
    void theCoverageOfALiveInstructorIsPublicGeoJson() {
        TestUser instructor = instructorWithProfile();
        as(instructor.bearer()).body(areas("park-slope")).put(MINE).then().statusCode(200);
        String coverage = "/api/v1/instructors/" + instructor.id() + "/coverage";
        anonymous().get(coverage).then().statusCode(404).body("code", equalTo("INSTRUCTOR_NOT_FOUND"));

        fixtures.goLive(instructor.id());

        anonymous().get(coverage).then().statusCode(200)
                .body("type", equalTo("FeatureCollection"), "features", hasSize(1),
                        "features[0].type", equalTo("Feature"),
                        "features[0].id", equalTo(fixtures.region("park-slope")),
                        "features[0].properties.name", equalTo("Park Slope"),
                        "features[0].properties.borough", equalTo("Brooklyn"),
                        "features[0].geometry.type", equalTo("MultiPolygon"),
                        "features[0].geometry.coordinates[0][0]", hasSize(5),
                        "features[0].geometry.coordinates[0][0][0]", contains(-73.99f, 40.662f));
        anonymous().get("/api/v1/instructors/not-an-id/coverage").then().statusCode(400)
                .body("errors[0].field", equalTo("instructorId"));
    }

    @Test
    void anyoneCanCheckAPointAgainstALiveInstructorsAreas() {
        TestUser instructor = instructorWithProfile();
        as(instructor.bearer()).body(areas("park-slope")).put(MINE).then().statusCode(200);
        fixtures.goLive(instructor.id());
        String check = "/api/v1/instructors/" + instructor.id() + "/check-service-area";

        anonymous().queryParams(Map.of("lat", "40.6720", "lng", "-73.9790")).get(check).then().statusCode(200)
                .body("covered", equalTo(true));
        anonymous().queryParams(Map.of("lat", "40.7644", "lng", "-73.9235")).get(check).then().statusCode(200)
                .body("covered", equalTo(false));
        anonymous().queryParams(Map.of("lat", "40.6720", "lng", "east")).get(check).then().statusCode(400)
                .body("errors[0].field", equalTo("lng"));
    }

    private TestUser instructorWithProfile() {
        TestUser instructor = accounts.instructor();
        fixtures.profile(instructor.id());
        return instructor;
    }

    private Map<String, List<String>> areas(String... codes) {
        return Map.of("regionIds", java.util.Arrays.stream(codes).map(fixtures::region).toList());
    }
}
