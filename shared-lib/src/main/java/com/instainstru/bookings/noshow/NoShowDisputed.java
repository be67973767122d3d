package com.instainstru.bookings.noshow;

import java.time.Instant;

/** Payload of {@code booking.no_show_disputed}: the report now waits for an admin's review. */
public record NoShowDisputed(
        String bookingId,
        String studentId,
        String instructorId,
        String type,
        String disputedById,
        Instant disputedAt) {

    public static final String TYPE = "booking.no_show_disputed";
}
