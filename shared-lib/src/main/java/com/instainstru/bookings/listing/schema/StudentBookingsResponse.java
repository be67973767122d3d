package com.instainstru.bookings.listing.schema;

import java.util.List;

public record StudentBookingsResponse(String when, int page, int limit, long total, boolean hasMore,
        List<StudentBookingView> bookings) {
}
