package com.instainstru.availability;

import java.time.LocalDate;

/** A day an instructor is away. It does not touch the bitmap: readers must treat the day as unavailable. */
public record BlackoutDate(String id, String instructorId, LocalDate date, String reason) {
}
