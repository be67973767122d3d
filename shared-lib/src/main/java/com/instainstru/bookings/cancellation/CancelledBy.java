package com.instainstru.bookings.cancellation;

/** Which party cancelled; stored in {@code booking_cancellations.cancelled_by_role}. */
public enum CancelledBy {
    STUDENT("student"),
    INSTRUCTOR("instructor");

    private final String value;

    CancelledBy(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
