package com.instainstru.bookings.guardsfixture;

public record FixtureBooking(String id) {
}
