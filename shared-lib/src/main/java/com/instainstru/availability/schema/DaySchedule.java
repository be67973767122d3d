package com.instainstru.availability.schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of a week save: either {@code windows} ("HH:MM" pairs; an empty list empties the day) or
 * {@code bits} (base64 of the 180-byte minute bitmap), not both.
 */
public record DaySchedule(LocalDate date, List<AvailabilityWindow> windows, String bits) {
}
