package com.instainstru.instructors.areas.schema;

import java.util.List;

/**
 * The complete new set of the caller's service areas: ids of NYC neighborhoods (region type {@code nyc},
 * from {@code GET /api/v1/regions}), at most 50; repeated ids count once. An empty list removes every area,
 * which is refused while an active service offers travel lessons.
 */
public record ServiceAreasRequest(List<String> regionIds) {
}
