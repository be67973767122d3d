package com.instainstru.availability.schema;

import java.time.LocalDate;

/**
 * Gives every day from {@code startDate} to {@code endDate} (included, at most a year) the bits of the same
 * weekday in the week starting {@code fromWeekStart} (a Monday).
 */
public record ApplyToDateRangeRequest(LocalDate fromWeekStart, LocalDate startDate, LocalDate endDate) {
}
