package com.instainstru.bookings.noshow;

import com.instainstru.bookings.status.BookingStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a report ends (reference §14), stored in {@code booking_no_shows.resolution}, and the status the booking
 * ends in: a confirmed no-show stays NO_SHOW, an upheld dispute means the lesson was held (COMPLETED), a cancelled
 * report puts the booking back to CONFIRMED.
 */
public enum NoShowResolution {
    /** By the job, once the dispute deadline passed without a dispute. */
    CONFIRMED_NO_DISPUTE("confirmed_no_dispute", BookingStatus.NO_SHOW),
    CONFIRMED_AFTER_REVIEW("confirmed_after_review", BookingStatus.NO_SHOW),
    /** The accused was right: the lesson is deemed held. */
    DISPUTE_UPHELD("dispute_upheld", BookingStatus.COMPLETED),
    /** The report is withdrawn. */
    CANCELLED("cancelled", BookingStatus.CONFIRMED);

    private final String value;
    private final BookingStatus bookingStatus;

    NoShowResolution(String value, BookingStatus bookingStatus) {
        this.value = value;
        this.bookingStatus = bookingStatus;
    }

    public String value() {
        return value;
    }

    public BookingStatus bookingStatus() {
        return bookingStatus;
    }

    /** The resolutions an admin may choose; {@link #CONFIRMED_NO_DISPUTE} is the job's alone. */
    public static Optional<NoShowResolution> parseAdminChoice(String value) {
        return Arrays.stream(values()).filter(resolution -> resolution != CONFIRMED_NO_DISPUTE)
                .filter(resolution -> resolution.value.equals(value)).findFirst();
    }

    static NoShowResolution fromValue(String value) {
        return Arrays.stream(values()).filter(resolution -> resolution.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown resolution " + value));
    }
}
