package com.instainstru.bookings.publicavailability.schema;

import java.time.LocalDate;
import java.util.List;

/** One local day: the free windows, and the "HH:MM" starts at which a lesson of the asked duration fits. */
public record PublicDayAvailability(LocalDate date, List<FreeWindow> windows, List<String> starts) {
}
