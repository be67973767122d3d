package com.instainstru.bookings.noshow;

/**
 * Whom the caller acts as on a booking: its student, its instructor, or an admin. Stored as
 * {@code booking_no_shows.reported_by_role}.
 */
public enum CallerRole {
    STUDENT("student"),
    INSTRUCTOR("instructor"),
    ADMIN("admin");

    private final String value;

    CallerRole(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** A student or instructor only acts on their own bookings; anyone else's is a 404 to them. */
    boolean mayActOn(NoShowBooking booking, String callerId) {
        return switch (this) {
            case STUDENT -> booking.studentId().equals(callerId);
            case INSTRUCTOR -> booking.instructorId().equals(callerId);
            case ADMIN -> true;
        };
    }

    static CallerRole fromValue(String value) {
        for (CallerRole role : values()) {
            if (role.value.equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + value);
    }
}
