package com.instainstru.bookings.guardsfixture;

import com.instainstru.availability.guardsfixture.compliant.FixtureSlot;

/** Complies: bookings read availability. */
public class FixtureBookingService {

    public FixtureBooking book(FixtureSlot slot) {
        return new FixtureBooking(slot.start());
    }
}
