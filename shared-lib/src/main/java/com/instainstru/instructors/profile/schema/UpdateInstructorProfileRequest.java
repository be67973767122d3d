package com.instainstru.instructors.profile.schema;

/** A partial update: absent (null) fields stay as they are. Same bounds as at creation. */
public record UpdateInstructorProfileRequest(String bio, Integer yearsExperience) {
}
