package com.instainstru.bookings.listing;

import java.util.List;

/** One page of bookings and how many match in all. */
public record BookingPage(List<ListedBooking> bookings, long total) {
}
