package com.instainstru.availability.schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a week save or copy: the new version (also the ETag), the days written, the past days left
 * alone because past edits are not allowed, and the number of windows on the written days.
 */
public record WeekSaveResponse(String version, int daysWritten, List<LocalDate> editedDates,
        List<LocalDate> skippedDates, int windowsCreated) {
}
