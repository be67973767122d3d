package com.instainstru.instructors.areas.schema;

/** Whether one of the instructor's service areas covers the point (its boundary included). */
public record ServiceAreaCheckResponse(boolean covered) {
}
