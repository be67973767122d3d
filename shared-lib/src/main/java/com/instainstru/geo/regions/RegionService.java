package com.instainstru.geo.regions;

import com.instainstru.geo.Coordinates;
import com.instainstru.geo.regions.schema.RegionListResponse;
import com.instainstru.geo.regions.schema.RegionResponse;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** NYC regions for selectors, and which neighborhood a point lies in. */
@ApplicationScoped
public class RegionService {

    /** Neighborhoods: what instructors pick as service areas and what a point is resolved to. */
    public static final String NEIGHBORHOOD = "nyc";
    public static final String BOROUGH = "nyc_borough";

    private static final Pattern REGION_TYPE = Pattern.compile("^[a-z0-9_]{1,20}$");

    private final RegionRepository regions;

    public RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    /** The active regions of {@code type} (default: neighborhoods); an unknown type has none. */
    public RegionListResponse list(String type) {
        String regionType = type == null || type.isBlank() ? NEIGHBORHOOD : type.strip();
        if (!REGION_TYPE.matcher(regionType).matches()) {
            throw ValidationException.of("type", "region_type", "type must be 1-20 characters a-z, 0-9 or _, e.g. nyc");
        }
        return new RegionListResponse(regionType, regions.activeOfType(regionType));
    }

    /** The neighborhood covering the point; 404 {@code OUTSIDE_NYC} when none does. */
    public RegionResponse lookup(String lat, String lng) {
        Coordinates point = Coordinates.parse(lat, lng);
        return regions.covering(NEIGHBORHOOD, point).orElseThrow(() -> new ResourceNotFoundException("OUTSIDE_NYC",
                "The point is not in any NYC neighborhood we serve"));
    }
}
