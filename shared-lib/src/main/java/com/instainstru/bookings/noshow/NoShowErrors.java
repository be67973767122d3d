package com.instainstru.bookings.noshow;

import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import java.util.Map;

/** The errors both no-show services raise. */
final class NoShowErrors {

    private NoShowErrors() {
    }

    static ResourceNotFoundException bookingNotFound() {
        return new ResourceNotFoundException("BOOKING_NOT_FOUND", "No such booking");
    }

    static ResourceNotFoundException reportNotFound() {
        return new ResourceNotFoundException("NO_SHOW_NOT_REPORTED", "No no-show has been reported for this booking");
    }

    static ConflictException alreadyResolved(NoShowReport report) {
        return new ConflictException("NO_SHOW_ALREADY_RESOLVED", "This no-show report has already been resolved",
                Map.of("resolution", report.resolution().value()));
    }
}
