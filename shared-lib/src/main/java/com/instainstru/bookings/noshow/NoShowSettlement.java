package com.instainstru.bookings.noshow;

/**
 * The settlement a resolved report decides and payments executes (reference §11, §14); stored in
 * {@code booking_no_shows.settlement_outcome}.
 */
public enum NoShowSettlement {
    /** The instructor (or nobody) came: the student gets LP + SF back, or the authorization is released. */
    INSTRUCTOR_NO_SHOW_FULL_REFUND("instructor_no_show_full_refund"),
    /** The student did not come: capture and pay the instructor in full. */
    STUDENT_NO_SHOW_FULL_PAYOUT("student_no_show_full_payout"),
    /** The dispute was upheld: the lesson counts as held and settles like a completed lesson. */
    LESSON_HELD("lesson_held"),
    /** The report was withdrawn: the booking settles as if it had never been reported. */
    REPORT_CANCELLED("report_cancelled");

    private final String value;

    NoShowSettlement(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static NoShowSettlement fromValue(String value) {
        for (NoShowSettlement settlement : values()) {
            if (settlement.value.equals(value)) {
                return settlement;
            }
        }
        throw new IllegalArgumentException("unknown settlement outcome " + value);
    }

    public static NoShowSettlement of(NoShowType type, NoShowResolution resolution) {
        return switch (resolution) {
            case CONFIRMED_NO_DISPUTE, CONFIRMED_AFTER_REVIEW ->
                    type == NoShowType.STUDENT ? STUDENT_NO_SHOW_FULL_PAYOUT : INSTRUCTOR_NO_SHOW_FULL_REFUND;
            case DISPUTE_UPHELD -> LESSON_HELD;
            case CANCELLED -> REPORT_CANCELLED;
        };
    }
}
