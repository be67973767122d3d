package com.instainstru.instructors.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.instainstru.geo.Coordinates;
import com.instainstru.geo.GeoTestKit;
import com.instainstru.geo.GreatCircle;
import com.instainstru.instructors.places.schema.OwnPlaceResponse;
import com.instainstru.instructors.places.schema.OwnPlacesResponse;
import com.instainstru.instructors.places.schema.PlaceRequest;
import com.instainstru.instructors.places.schema.PreferredPlacesRequest;
import com.instainstru.instructors.places.schema.PublicPlaceResponse;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferredPlaceServiceTest {

    private static final PlaceRequest STUDIO = place("teaching_location", "123 7th Ave, Brooklyn, NY", 40.672345, -73.978765);
    private static final PlaceRequest LOFT = place("teaching_location", "45 Bedford Ave, Brooklyn, NY", 40.716111, -73.958888);
    private static final PlaceRequest PARK = place("public_space", "Prospect Park Long Meadow", 40.664400, -73.970600);
    private static final PlaceRequest LIBRARY = place("public_space", "Central Library, Grand Army Plaza", 40.672500, -73.968100);

    private final GeoTestKit kit = new GeoTestKit();

    @Test
    void theOwnerSeesExactAndApproximatePointsByKindThenPosition() {
        String me = kit.instructor();

        OwnPlacesResponse response = put(me, PARK, STUDIO, LIBRARY, LOFT);

        assertThat(response.places()).extracting(OwnPlaceResponse::kind, OwnPlaceResponse::position,
                OwnPlaceResponse::address, OwnPlaceResponse::lat, OwnPlaceResponse::lng).containsExactly(
                tuple("teaching_location", 1, STUDIO.address(), STUDIO.lat(), STUDIO.lng()),
                tuple("teaching_location", 2, LOFT.address(), LOFT.lat(), LOFT.lng()),
                tuple("public_space", 1, PARK.address(), PARK.lat(), PARK.lng()),
                tuple("public_space", 2, LIBRARY.address(), LIBRARY.lat(), LIBRARY.lng()));
        for (OwnPlaceResponse place : response.places()) {
            assertThat(metres(place)).isBetween(25.0, 50.0);
        }
        assertThat(kit.places.mine(me)).isEqualTo(response);
    }

    @Test
    void theApproximatePointStaysWhileTheExactOneDoesAndIsRedrawnWhenItMoves() {
        String me = kit.instructor();
        OwnPlaceResponse first = put(me, STUDIO).places().get(0);

        OwnPlaceResponse renamed = put(me, place("teaching_location", "123 Seventh Avenue", STUDIO.lat(), STUDIO.lng()))
                .places().get(0);
        OwnPlaceResponse moved = put(me, place("teaching_location", "123 Seventh Avenue", STUDIO.lat(), -73.978700))
                .places().get(0);

        assertThat(List.of(renamed.approxLat(), renamed.approxLng())).containsExactly(first.approxLat(), first.approxLng());
        assertThat(List.of(moved.approxLat(), moved.approxLng())).isNotEqualTo(List.of(first.approxLat(), first.approxLng()));
        assertThat(metres(moved)).isBetween(25.0, 50.0);
    }

    @Test
    void thePublicSeesOnlyApproximatePointsAndNoTeachingAddress() {
        String me = kit.liveInstructor();
        put(me, STUDIO, PARK);

        List<PublicPlaceResponse> visible = kit.places.publicPlaces(me).places();

        OwnPlacesResponse own = kit.places.mine(me);
        assertThat(visible).containsExactly(
                new PublicPlaceResponse("teaching_location", null, null, own.places().get(0).approxLat(),
                        own.places().get(0).approxLng()),
                new PublicPlaceResponse("public_space", null, PARK.address(), own.places().get(1).approxLat(),
                        own.places().get(1).approxLng()));
    }

    @Test
    void placesOfInstructorsWhoAreNotLiveAreNotPublic() {
        String me = kit.instructor();
        put(me, STUDIO);

        assertThatThrownBy(() -> kit.places.publicPlaces(me)).isInstanceOfSatisfying(ResourceNotFoundException.class,
                e -> assertThat(e.code()).isEqualTo("INSTRUCTOR_NOT_FOUND"));
        assertThatThrownBy(() -> kit.places.publicPlaces("bad id")).isInstanceOf(ValidationException.class);
    }

    @Test
    void twoOfAKindAreAllowedAndThreeAreNot() {
        String me = kit.instructor();
        put(me, STUDIO);

        assertThat(put(me, STUDIO, LOFT, PARK, LIBRARY).places()).hasSize(4);
        assertThatThrownBy(() -> put(me, STUDIO, LOFT, place("teaching_location", "9 Court St", 40.69, -73.99)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("places", "max_per_kind",
                                "At most 2 places of kind teaching_location (got 3)")));
        assertThat(kit.placeAddressesOf(me)).hasSize(4);
    }

    @Test
    void anAddressTwiceInOneKindIsAConflictIgnoringCaseButItMayServeBothKinds() {
        String me = kit.instructor();
        put(me, PARK);

        assertThatThrownBy(() -> put(me, STUDIO, place("teaching_location", "  123 7TH AVE, brooklyn, ny ", 40.6, -73.9)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("DUPLICATE_PLACE_ADDRESS");
                    assertThat(e.getMessage()).isEqualTo("places[1] repeats the address of places[0] for kind"
                            + " teaching_location");
                });
        assertThat(kit.placeAddressesOf(me)).containsExactly(PARK.address());
        assertThat(put(me, STUDIO, place("public_space", STUDIO.address(), STUDIO.lat(), STUDIO.lng())).places())
                .hasSize(2);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        String me = kit.instructor();
        List<PlaceRequest> bad = Arrays.asList(
                new PlaceRequest("garage", " ", "x".repeat(101), 90.000001, null),
                null,
                new PlaceRequest(null, "a".repeat(256), null, -91.0, 181.0));

        assertThatThrownBy(() -> kit.places.replace(me, new PreferredPlacesRequest(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(
                                tuple("places[0].kind", "one_of"), tuple("places[0].address", "required"),
                                tuple("places[0].label", "max_length"), tuple("places[0].lat", "range"),
                                tuple("places[0].lng", "required"), tuple("places[1]", "required"),
                                tuple("places[2].kind", "required"), tuple("places[2].address", "max_length"),
                                tuple("places[2].lat", "range"), tuple("places[2].lng", "range")));
        assertThatThrownBy(() -> kit.places.replace(me, new PreferredPlacesRequest(null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> kit.places.replace(me, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void limitsAreInclusive() {
        String me = kit.instructor();

        OwnPlacesResponse response = kit.places.replace(me, new PreferredPlacesRequest(List.of(
                new PlaceRequest("public_space", "a".repeat(255), "l".repeat(100), 90.0, 180.0),
                new PlaceRequest("teaching_location", "b", "  ", -90.0, -180.0))));

        assertThat(response.places()).extracting(OwnPlaceResponse::label).containsExactly(null, "l".repeat(100));
    }

    @Test
    void anEmptyListRemovesEveryPlace() {
        String me = kit.instructor();
        put(me, STUDIO, PARK);

        assertThat(put(me).places()).isEmpty();
        assertThat(kit.placeAddressesOf(me)).isEmpty();
    }

    @Test
    void aSecondInstructorsChangesLeaveTheFirstsPlacesAlone() {
        String first = kit.instructor();
        String second = kit.instructor();
        put(first, STUDIO, PARK);

        put(second, LOFT);
        put(second);

        assertThat(kit.placeAddressesOf(first)).containsExactly(STUDIO.address(), PARK.address());
        assertThatThrownBy(() -> kit.places.mine(kit.user())).isInstanceOfSatisfying(ResourceNotFoundException.class,
                e -> assertThat(e.code()).isEqualTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
    }

    @Test
    void postgisAgreesTheStoredApproximatePointIs25To50MetresAway() {
        String me = kit.instructor();
        for (int i = 0; i < 20; i++) {
            put(me, place("teaching_location", "Studio " + i, 40.6 + i / 1000.0, -73.95 - i / 1000.0));

            double metres = kit.platform.jdbc.queryOne("""
                    SELECT ST_Distance(location::geography,
                                       ST_SetSRID(ST_MakePoint(approx_lng::float8, approx_lat::float8), 4326)::geography,
                                       false) AS metres
                      FROM instructor_preferred_places WHERE instructor_id = ?
                    """, row -> Double.parseDouble(row.string("metres")), me).orElseThrow();
            // the sphere of the same mean radius as ours; 1 mm for the different arithmetic
            assertThat(metres).isBetween(24.999, 50.001);
        }
    }

    private OwnPlacesResponse put(String instructorId, PlaceRequest... places) {
        return kit.places.replace(instructorId, new PreferredPlacesRequest(List.of(places)));
    }

    private static PlaceRequest place(String kind, String address, double lat, double lng) {
        return new PlaceRequest(kind, address, null, lat, lng);
    }

    private static double metres(OwnPlaceResponse place) {
        return GreatCircle.distanceMeters(new Coordinates(place.lat(), place.lng()),
                new Coordinates(place.approxLat(), place.approxLng()));
    }
}
