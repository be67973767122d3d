package com.instainstru.instructors.areas;

/**
 * What the coverage rules need to know about an instructor: whether others may see them (live, account
 * active) and whether any active service offers travel lessons (the student_location format).
 */
public record InstructorStanding(String instructorId, boolean publiclyVisible, boolean offersTravel) {
}
