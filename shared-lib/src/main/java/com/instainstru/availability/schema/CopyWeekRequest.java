package com.instainstru.availability.schema;

import java.time.LocalDate;

/** Copies the week starting {@code fromWeekStart} onto the week starting {@code toWeekStart} (both Mondays). */
public record CopyWeekRequest(LocalDate fromWeekStart, LocalDate toWeekStart) {
}
