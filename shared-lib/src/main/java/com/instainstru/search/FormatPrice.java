package com.instainstru.search;

/** An hourly rate of one lesson format (student_location, instructor_location, online), in cents. */
public record FormatPrice(String format, int hourlyRateCents) {
}
