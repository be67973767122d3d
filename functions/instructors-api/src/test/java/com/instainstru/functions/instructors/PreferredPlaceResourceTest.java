package com.instainstru.functions.instructors;

import static com.instainstru.functions.instructors.GeoFixtures.anonymous;
import static com.instainstru.functions.instructors.GeoFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.geo.Coordinates;
import com.instainstru.geo.GreatCircle;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PreferredPlaceResourceTest {

    private static final String MINE = "/api/v1/instructors/me/places";
    private static final String STUDIO_ADDRESS = "123 7th Ave, Brooklyn, NY 11215";
    private static final String STUDIO_LAT = "40.672345";
    private static final String STUDIO_LNG = "-73.978765";
    private static final String PARK_LAT = "40.664412";
    private static final String PARK_LNG = "-73.970634";

    @Inject
    TestAccounts accounts;

    @Inject
    GeoFixtures fixtures;

    @Test
    void theOwnerSeesTheExactPointsTheyEntered() {
        TestUser instructor = instructorWithProfile();

        as(instructor.bearer()).body(twoPlaces()).put(MINE).then().statusCode(200)
                .body("places.kind", contains("teaching_location", "public_space"),
                        "places.address", contains(STUDIO_ADDRESS, "Prospect Park Long Meadow"),
                        "places[0].lat", equalTo(Float.parseFloat(STUDIO_LAT)),
                        "places[0].label", equalTo("Home studio"), "places[1].label", nullValue());
        as(instructor.bearer()).get(MINE).then().statusCode(200).body("places", hasSize(2));
    }

    @Test
    void exactCoordinatesNeverAppearInAnyPublicResponse() {
        TestUser instructor = instructorWithProfile();
        as(instructor.bearer()).body(twoPlaces()).put(MINE).then().statusCode(200);
        as(instructor.bearer()).body(Map.of("regionIds", List.of(fixtures.region("park-slope"))))
                .put("/api/v1/instructors/me/service-areas").then().statusCode(200);
        fixtures.goLive(instructor.id());
        String base = "/api/v1/instructors/" + instructor.id();

        String places = anonymous().get(base + "/places").then().statusCode(200).extract().asString();
        String coverage = anonymous().get(base + "/coverage").then().statusCode(200).extract().asString();
        String check = anonymous().queryParams(Map.of("lat", "40.67", "lng", "-73.98"))
                .get(base + "/check-service-area").then().statusCode(200).extract().asString();

        for (String body : List.of(coverage, check)) {
            assertThat(body).doesNotContain(STUDIO_LAT, STUDIO_LNG, PARK_LAT, PARK_LNG, STUDIO_ADDRESS, "7th Ave");
        }
        assertThat(places).doesNotContain(STUDIO_ADDRESS, "7th Ave");
        JsonPath json = JsonPath.from(places);
        // one approximate coordinate may share digits with the exact one (a jitter due east keeps the
        // latitude); what must never happen is the published point lying within 25 m of the real one
        assertThat(metres(json, 0, STUDIO_LAT, STUDIO_LNG)).isBetween(25.0 - 0.2, 50.0 + 0.2);
        assertThat(metres(json, 1, PARK_LAT, PARK_LNG)).isBetween(25.0 - 0.2, 50.0 + 0.2);
        assertThat(json.getList("places.kind")).containsExactly("teaching_location", "public_space");
        assertThat(json.getString("places[0].address")).isNull();
        assertThat(json.getString("places[1].address")).isEqualTo("Prospect Park Long Meadow");
        assertThat(json.getMap("places[0]").keySet()).containsExactlyInAnyOrder("kind", "label", "address",
                "approxLat", "approxLng");
        // what the public sees is the owner's approxLat/approxLng
        JsonPath own = as(instructor.bearer()).get(MINE).then().extract().jsonPath();
        assertThat(json.getDouble("places[0].approxLat")).isEqualTo(own.getDouble("places[0].approxLat"));
        assertThat(json.getDouble("places[0].approxLat")).isNotEqualTo(Double.parseDouble(STUDIO_LAT));
    }

    @Test
    void thePlacesOfAnInstructorWhoIsNotLiveAreNotPublic() {
        TestUser instructor = instructorWithProfile();
        as(instructor.bearer()).body(twoPlaces()).put(MINE).then().statusCode(200);

        anonymous().get("/api/v1/instructors/" + instructor.id() + "/places").then().statusCode(404)
                .body("code", equalTo("INSTRUCTOR_NOT_FOUND"));
    }

    @Test
    void limitsAndDuplicatesAreRefusedWithTheirCodes() {
        TestUser instructor = instructorWithProfile();
        Map<String, Object> studio = place("teaching_location", STUDIO_ADDRESS, 40.67, -73.97);

        as(instructor.bearer()).body(Map.of("places", List.of(studio, place("teaching_location", "1 A St", 40.6, -73.9),
                place("teaching_location", "2 B St", 40.6, -73.9)))).put(MINE).then().statusCode(400)
                .body("errors[0].field", equalTo("places"), "errors[0].rule", equalTo("max_per_kind"));
        as(instructor.bearer()).body(Map.of("places", List.of(studio,
                place("teaching_location", STUDIO_ADDRESS.toUpperCase(), 40.6, -73.9)))).put(MINE).then()
                .statusCode(409).body("code", equalTo("DUPLICATE_PLACE_ADDRESS"));
        as(instructor.bearer()).body(Map.of("places", List.of(place("teaching_location", "", 91, -73.9)))).put(MINE)
                .then().statusCode(400).body("errors.field", contains("places[0].address", "places[0].lat"));
        as(instructor.bearer()).get(MINE).then().body("places", hasSize(0));
    }

    @Test
    void aSecondInstructorCannotChangeTheFirstsPlaces() {
        TestUser first = instructorWithProfile();
        TestUser second = instructorWithProfile();
        as(first.bearer()).body(twoPlaces()).put(MINE).then().statusCode(200);

        as(second.bearer()).body(Map.of("places", List.of())).put(MINE).then().statusCode(200);

        as(first.bearer()).get(MINE).then().statusCode(200).body("places", hasSize(2));
        as(second.bearer()).get(MINE).then().statusCode(200).body("places", hasSize(0));
    }

    private TestUser instructorWithProfile() {
        TestUser instructor = accounts.instructor();
        fixtures.profile(instructor.id());
        return instructor;
    }

    private static Map<String, Object> twoPlaces() {
        Map<String, Object> studio = new java.util.HashMap<>(place("teaching_location", STUDIO_ADDRESS,
                Double.parseDouble(STUDIO_LAT), Double.parseDouble(STUDIO_LNG)));
        studio.put("label", "Home studio");
        return Map.of("places", List.of(studio, place("public_space", "Prospect Park Long Meadow",
                Double.parseDouble(PARK_LAT), Double.parseDouble(PARK_LNG))));
    }

    private static Map<String, Object> place(String kind, String address, double lat, double lng) {
        return Map.of("kind", kind, "address", address, "lat", lat, "lng", lng);
    }

    /** Metres between place {@code index}'s published point and the exact point (6-decimal rounding: ±0.2 m). */
    private static double metres(JsonPath places, int index, String exactLat, String exactLng) {
        return GreatCircle.distanceMeters(
                new Coordinates(places.getDouble("places[" + index + "].approxLat"),
                        places.getDouble("places[" + index + "].approxLng")),
                new Coordinates(Double.parseDouble(exactLat), Double.parseDouble(exactLng)));
    }
}
