package com.instainstru.bookings.cancellation;

/** The settlement outcome a cancellation decides; payments (issue #7) settles it under the same name (§11, §12). */
public enum CancellationOutcome {
    STUDENT_CANCEL_GT24_NO_CHARGE("student_cancel_gt24_no_charge"),
    STUDENT_CANCEL_12_24_FULL_CREDIT("student_cancel_12_24_full_credit"),
    STUDENT_CANCEL_LT12_SPLIT_50_50("student_cancel_lt12_split_50_50"),
    INSTRUCTOR_CANCEL_FULL_REFUND("instructor_cancel_full_refund"),
    /** A LOCKed booking (late reschedule, §13) cancelled by the student 12 h or more ahead. */
    LOCKED_CANCEL_GE12_FULL_CREDIT("locked_cancel_ge12_full_credit"),
    /** A LOCKed booking cancelled by the student less than 12 h ahead. */
    LOCKED_CANCEL_LT12_SPLIT_50_50("locked_cancel_lt12_split_50_50");

    private final String value;

    CancellationOutcome(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
