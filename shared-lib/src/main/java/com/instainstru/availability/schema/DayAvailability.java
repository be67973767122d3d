package com.instainstru.availability.schema;

import java.time.LocalDate;
import java.util.List;

/** One day of a week as read: its windows and the same minutes as base64 of the 180-byte bitmap. */
public record DayAvailability(LocalDate date, List<AvailabilityWindow> windows, String bits) {
}
