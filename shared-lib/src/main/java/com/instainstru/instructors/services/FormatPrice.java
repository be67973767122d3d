package com.instainstru.instructors.services;

/** An hourly rate in cents for one lesson format. */
public record FormatPrice(LessonFormat format, int hourlyRateCents) {
}
