package com.instainstru.instructors.areas.schema;

import com.instainstru.geo.regions.schema.RegionResponse;
import java.util.List;

/** The neighborhoods an instructor travels to, by borough then name. */
public record ServiceAreasResponse(List<RegionResponse> areas) {
}
