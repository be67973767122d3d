package com.instainstru.instructors.places;

import com.instainstru.geo.CoordinateJitter;
import com.instainstru.geo.Coordinates;
import com.instainstru.instructors.areas.InstructorAccess;
import com.instainstru.instructors.places.schema.OwnPlaceResponse;
import com.instainstru.instructors.places.schema.OwnPlacesResponse;
import com.instainstru.instructors.places.schema.PlaceRequest;
import com.instainstru.instructors.places.schema.PreferredPlacesRequest;
import com.instainstru.instructors.places.schema.PublicPlacesResponse;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An instructor's preferred places (reference §7): teaching locations and public spaces, at most
 * {@value #MAX_PER_KIND} of each, one address once per kind. The exact point is for the owner only; everyone
 * else gets a point 25-50 m away, drawn once per exact point and kept until the point moves.
 */
@ApplicationScoped
public class PreferredPlaceService {

    public static final int MAX_PER_KIND = 2;
    public static final int ADDRESS_MAX = 255;
    public static final int LABEL_MAX = 100;
    public static final String DUPLICATE_ADDRESS = "DUPLICATE_PLACE_ADDRESS";

    private final PreferredPlaceRepository places;
    private final InstructorAccess instructors;
    private final CoordinateJitter jitter;
    private final InstructorListings listings;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public PreferredPlaceService(PreferredPlaceRepository places, InstructorAccess instructors, CoordinateJitter jitter,
            InstructorListings listings, Transactions tx, IdGenerator ids, Clock clock) {
        this.places = places;
        this.instructors = instructors;
        this.jitter = jitter;
        this.listings = listings;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public OwnPlacesResponse mine(String userId) {
        instructors.own(userId);
        return own(places.placesOf(userId));
    }

    /**
     * Replaces all of the caller's places. 400 naming each invalid field or a kind with more than
     * {@value #MAX_PER_KIND}; 409 {@value #DUPLICATE_ADDRESS} for an address given twice for one kind.
     */
    public OwnPlacesResponse replace(String userId, PreferredPlacesRequest request) {
        FieldRules.requireBody(request);
        validate(request.places());
        rejectDuplicateAddresses(request.places());
        return tx.call(() -> {
            instructors.lockOwn(userId);
            Map<Coordinates, Coordinates> published = new HashMap<>();
            for (PreferredPlace existing : places.placesOf(userId)) {
                published.put(existing.exact(), existing.approx());
            }
            places.deleteAll(userId);
            Instant now = clock.instant();
            Map<PlaceKind, Integer> positions = new EnumMap<>(PlaceKind.class);
            for (PlaceRequest input : request.places()) {
                PlaceKind kind = PlaceKind.parse(input.kind()).orElseThrow();
                int position = positions.merge(kind, 1, Integer::sum);
                Coordinates exact = new Coordinates(input.lat(), input.lng());
                // An unchanged point keeps its published stand-in: a fresh draw per save could be averaged away.
                Coordinates approx = published.computeIfAbsent(exact, jitter::jitter);
                places.insert(userId, new PreferredPlace(ids.newId(), kind, position, blankToNull(input.label()),
                        input.address().strip(), exact, approx), now);
            }
            listings.changed(userId);
            return own(places.placesOf(userId));
        });
    }

    /** A live instructor's places as the public sees them: approximate points only; 404 for anyone else. */
    public PublicPlacesResponse publicPlaces(String instructorId) {
        instructors.publiclyVisible(instructorId);
        return new PublicPlacesResponse(places.publicPlacesOf(instructorId));
    }

    private static void validate(List<PlaceRequest> requested) {
        FieldRules rules = FieldRules.check().required("places", requested);
        rules.orThrow();
        Map<PlaceKind, Integer> perKind = new EnumMap<>(PlaceKind.class);
        for (int i = 0; i < requested.size(); i++) {
            String at = "places[" + i + "]";
            PlaceRequest place = requested.get(i);
            if (place == null) {
                rules.required(at, null);
                continue;
            }
            if (place.kind() == null) {
                rules.required(at + ".kind", null);
            } else {
                rules.rule(PlaceKind.parse(place.kind()).isPresent(), at + ".kind", "one_of",
                        at + ".kind must be teaching_location or public_space");
                PlaceKind.parse(place.kind()).ifPresent(kind -> perKind.merge(kind, 1, Integer::sum));
            }
            rules.text(at + ".address", place.address(), 1, ADDRESS_MAX)
                    .optionalText(at + ".label", place.label(), LABEL_MAX);
            coordinate(rules, at + ".lat", place.lat(), Coordinates.isLatitude(place.lat()), 90);
            coordinate(rules, at + ".lng", place.lng(), Coordinates.isLongitude(place.lng()), 180);
        }
        perKind.forEach((kind, count) -> rules.rule(count <= MAX_PER_KIND, "places", "max_per_kind",
                "At most " + MAX_PER_KIND + " places of kind " + kind.value() + " (got " + count + ")"));
        rules.orThrow();
    }

    private static void coordinate(FieldRules rules, String field, Double value, boolean inRange, int bound) {
        if (value == null) {
            rules.required(field, null);
        } else {
            rules.rule(inRange, field, "range", field + " must be between -" + bound + " and " + bound);
        }
    }

    private static void rejectDuplicateAddresses(List<PlaceRequest> requested) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            PlaceRequest place = requested.get(i);
            String key = place.kind() + "\n" + place.address().strip().toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw new ConflictException(DUPLICATE_ADDRESS, "places[" + i + "] repeats the address of places["
                        + first + "] for kind " + place.kind(), Map.of("kind", place.kind(), "index", i,
                        "firstIndex", first));
            }
        }
    }

    private static OwnPlacesResponse own(List<PreferredPlace> stored) {
        List<OwnPlaceResponse> views = new ArrayList<>();
        for (PreferredPlace place : stored) {
            views.add(new OwnPlaceResponse(place.id(), place.kind().value(), place.position(), place.label(),
                    place.address(), place.exact().lat(), place.exact().lng(), place.approx().lat(),
                    place.approx().lng()));
        }
        return new OwnPlacesResponse(views);
    }

    private static String blankToNull(String label) {
        return label == null || label.isBlank() ? null : label.strip();
    }
}
