package com.instainstru.instructors.areas;

import com.instainstru.geo.Coordinates;
import com.instainstru.geo.regions.RegionService;
import com.instainstru.instructors.areas.schema.CoverageResponse;
import com.instainstru.instructors.areas.schema.ServiceAreaCheckResponse;
import com.instainstru.instructors.areas.schema.ServiceAreasRequest;
import com.instainstru.instructors.areas.schema.ServiceAreasResponse;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The NYC neighborhoods an instructor travels to (reference §7): the instructor replaces the whole set; the
 * public sees it as GeoJSON; bookings ask {@link #covers} whether a lesson address lies inside.
 */
@ApplicationScoped
public class ServiceAreaService {

    public static final int MAX_AREAS = 50;
    public static final String LAST_AREA_WHILE_TRAVELLING = "LAST_SERVICE_AREA_WHILE_TRAVELLING";

    private final ServiceAreaRepository areas;
    private final InstructorAccess instructors;
    private final InstructorListings listings;
    private final Transactions tx;
    private final Clock clock;

    public ServiceAreaService(ServiceAreaRepository areas, InstructorAccess instructors, InstructorListings listings, Transactions tx,
            Clock clock) {
        this.areas = areas;
        this.instructors = instructors;
        this.listings = listings;
        this.tx = tx;
        this.clock = clock;
    }

    public ServiceAreasResponse mine(String userId) {
        instructors.own(userId);
        return new ServiceAreasResponse(areas.areasOf(userId));
    }

    /**
     * Replaces the caller's areas with {@code request.regionIds()}: 400 naming each malformed or unknown id,
     * 422 {@value #LAST_AREA_WHILE_TRAVELLING} for an empty set while an active service offers travel.
     * Nothing is written unless everything is valid.
     */
    public ServiceAreasResponse replace(String userId, ServiceAreasRequest request) {
        FieldRules.requireBody(request);
        List<String> requested = wellFormedIds(request.regionIds());
        Set<String> regionIds = new LinkedHashSet<>(requested);
        return tx.call(() -> {
            InstructorStanding me = instructors.lockOwn(userId);
            rejectUnknown(requested, areas.activeRegionsAmong(regionIds, RegionService.NEIGHBORHOOD));
            if (regionIds.isEmpty() && me.offersTravel()) {
                throw new BusinessRuleException(LAST_AREA_WHILE_TRAVELLING,
                        "Cannot remove the last service area while offering travel lessons");
            }
            areas.replace(userId, regionIds, clock.instant());
            listings.changed(userId);
            return new ServiceAreasResponse(areas.areasOf(userId));
        });
    }

    /** The neighborhoods of a live instructor as a GeoJSON FeatureCollection; 404 for anyone else. */
    public CoverageResponse coverage(String instructorId) {
        instructors.publiclyVisible(instructorId);
        return CoverageResponse.of(areas.coverage(instructorId));
    }

    /** Whether a live instructor's areas cover the point; 400 for bad coordinates, 404 as for coverage. */
    public ServiceAreaCheckResponse check(String instructorId, String lat, String lng) {
        Coordinates point = Coordinates.parse(lat, lng);
        instructors.publiclyVisible(instructorId);
        return new ServiceAreaCheckResponse(covers(instructorId, point));
    }

    /**
     * Whether one of the instructor's service areas covers the point, boundary included (ST_Covers), whatever
     * the instructor's state: for bookings, which check liveness themselves. 400 for out-of-range coordinates.
     */
    public boolean covers(String instructorId, double lat, double lng) {
        FieldRules.check()
                .rule(Coordinates.isLatitude(lat), "lat", "range", "lat must be between -90 and 90")
                .rule(Coordinates.isLongitude(lng), "lng", "range", "lng must be between -180 and 180")
                .orThrow();
        return covers(instructorId, new Coordinates(lat, lng));
    }

    public boolean covers(String instructorId, Coordinates point) {
        return areas.covers(instructorId, point);
    }

    private static List<String> wellFormedIds(List<String> regionIds) {
        FieldRules rules = FieldRules.check().required("regionIds", regionIds);
        rules.orThrow();
        rules.rule(regionIds.size() <= MAX_AREAS, "regionIds", "max_items",
                "At most " + MAX_AREAS + " service areas");
        for (int i = 0; i < regionIds.size(); i++) {
            rules.rule(IdGenerator.isUlid(regionIds.get(i)), "regionIds[" + i + "]", "ulid",
                    "regionIds[" + i + "] must be a region id (26-character ULID)");
        }
        rules.orThrow();
        return regionIds;
    }

    private static void rejectUnknown(List<String> requested, Set<String> known) {
        List<FieldViolation> unknown = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String id = requested.get(i);
            if (!known.contains(id) && reported.add(id)) {
                unknown.add(new FieldViolation("regionIds[" + i + "]", "unknown_region",
                        "Unknown region " + id + ": pick a neighborhood from GET /api/v1/regions?type=nyc"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown.size() == 1 ? unknown.get(0).message()
                    : unknown.size() + " region ids are unknown", unknown);
        }
    }
}
