package com.instainstru.availability.guardsfixture.violating;

import com.instainstru.bookings.guardsfixture.FixtureBooking;

/** Violates the feature boundary: availability reading bookings. */
public class FixtureAvailabilityService {

    public boolean isFree(FixtureBooking booking) {
        return booking == null;
    }
}
