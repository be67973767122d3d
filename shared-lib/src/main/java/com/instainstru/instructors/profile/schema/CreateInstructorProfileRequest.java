package com.instainstru.instructors.profile.schema;

/** Becoming an instructor on the platform: a bio of 20-2000 characters and 1-70 years of experience. */
public record CreateInstructorProfileRequest(String bio, Integer yearsExperience) {
}
