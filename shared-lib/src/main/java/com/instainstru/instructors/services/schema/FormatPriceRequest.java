package com.instainstru.instructors.services.schema;

/** {@code format}: student_location, instructor_location or online; {@code hourlyRateCents}: 1..100000. */
public record FormatPriceRequest(String format, Integer hourlyRateCents) {
}
