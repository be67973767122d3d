package com.instainstru.bench.cache;

import java.time.Instant;

/** Shaped like a public instructor profile row: ten columns, money in cents, times as instants. */
public record InstructorProfile(
        String id,
        String userId,
        String displayName,
        String bio,
        long hourlyRateCents,
        int yearsExperience,
        int ratingHundredths,
        boolean live,
        String timezone,
        Instant updatedAt) {
}
