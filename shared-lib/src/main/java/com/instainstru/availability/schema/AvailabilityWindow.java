package com.instainstru.availability.schema;

/** A [start, end) window of one local day, "HH:MM"; end "24:00" (or "00:00") is midnight. */
public record AvailabilityWindow(String start, String end) {
}
