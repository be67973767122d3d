package com.instainstru.instructors.profile.schema;

import java.time.Instant;

/** The instructor's own, full view of their profile. */
public record InstructorProfileResponse(
        String id,
        String bio,
        int yearsExperience,
        boolean foundingInstructor,
        boolean skillsConfigured,
        boolean live,
        Instant wentLiveAt,
        Instant onboardingCompletedAt,
        CalendarSettingsView calendarSettings,
        VerificationView verification,
        Instant createdAt,
        Instant updatedAt) {
}
