package com.instainstru.availability.schema;

import java.time.LocalDate;
import java.util.List;

/** The caller's week, Monday to Sunday; {@code version} is also sent as the ETag. */
public record WeekResponse(LocalDate weekStart, String version, List<DayAvailability> days) {
}
