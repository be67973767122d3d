package com.instainstru.bookings.noshow;

import java.util.Arrays;
import java.util.Optional;

/** Who did not show up (reference §14); stored in {@code booking_no_shows.no_show_type}. */
public enum NoShowType {
    /** The instructor did not come; reported by the booking's student (or an admin). */
    INSTRUCTOR("instructor"),
    /** The student did not come; reported by the booking's instructor (or an admin). */
    STUDENT("student"),
    /** Neither came; only an admin reports it, and either participant may dispute it. */
    MUTUAL("mutual");

    private final String value;

    NoShowType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<NoShowType> parse(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }

    /** Whether a report of this type accuses the participant acting as {@code role}: only the accused may dispute. */
    boolean accuses(CallerRole role) {
        return switch (this) {
            case INSTRUCTOR -> role == CallerRole.INSTRUCTOR;
            case STUDENT -> role == CallerRole.STUDENT;
            case MUTUAL -> role != CallerRole.ADMIN;
        };
    }
}
