package com.instainstru.instructors.profile;

import java.time.Instant;

/** An instructor's profile row; {@code userId} is both the profile id and the instructor's user id. */
public record InstructorProfile(
        String userId,
        String bio,
        int yearsExperience,
        CalendarSettings calendar,
        Instant calendarSettingsAcknowledgedAt,
        boolean foundingInstructor,
        boolean skillsConfigured,
        Verification verification,
        boolean live,
        Instant wentLiveAt,
        Instant onboardingCompletedAt,
        Instant createdAt,
        Instant updatedAt) {
}
