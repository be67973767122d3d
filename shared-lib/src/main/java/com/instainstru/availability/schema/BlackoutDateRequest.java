package com.instainstru.availability.schema;

import java.time.LocalDate;

/** A day off: {@code date} today or later, an optional reason (at most 255 characters). */
public record BlackoutDateRequest(LocalDate date, String reason) {
}
