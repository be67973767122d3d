package com.instainstru.availability.schema;

import java.util.List;

/** The caller's blackout dates from today on, in date order. */
public record BlackoutDatesResponse(List<BlackoutDateResponse> blackoutDates) {
}
