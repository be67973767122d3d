package com.instainstru.bookings.publicavailability.schema;

/** A free stretch of a day, "HH:MM" to "HH:MM" local ("24:00" is midnight). */
public record FreeWindow(String start, String end) {
}
