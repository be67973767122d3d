package com.instainstru.availability.schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A week save. {@code clearExisting} (default true) empties the days of the week absent from {@code days};
 * false keeps them. {@code version} is the version the client edited (the If-Match header wins over it);
 * {@code override} saves even if the week changed since.
 */
public record WeekSaveRequest(LocalDate weekStart, List<DaySchedule> days, Boolean clearExisting, String version,
        Boolean override) {
}
