package com.instainstru.instructors.services;

import java.util.Arrays;
import java.util.Optional;

/** Where a lesson happens; one hourly rate per format (reference §7). */
public enum LessonFormat {
    /** The instructor travels to the student. */
    STUDENT_LOCATION("student_location", false),
    /** The student comes to the instructor's teaching location. */
    INSTRUCTOR_LOCATION("instructor_location", false),
    ONLINE("online", true);

    private final String value;
    private final boolean remote;

    LessonFormat(String value, boolean remote) {
        this.value = value;
        this.remote = remote;
    }

    public String value() {
        return value;
    }

    public boolean remote() {
        return remote;
    }

    public static Optional<LessonFormat> parse(String value) {
        return Arrays.stream(values()).filter(f -> f.value.equals(value)).findFirst();
    }
}
