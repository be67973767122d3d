package com.instainstru.availability.schema;

import java.time.LocalDate;
import java.util.List;

/** The outcome of applying a week's pattern to a date range. */
public record ApplyToDateRangeResponse(int daysWritten, int weeksAffected, List<LocalDate> editedDates,
        List<LocalDate> skippedDates, int windowsCreated) {
}
