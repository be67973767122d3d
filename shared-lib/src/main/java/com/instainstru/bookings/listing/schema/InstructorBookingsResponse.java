package com.instainstru.bookings.listing.schema;

import java.util.List;

public record InstructorBookingsResponse(String when, int page, int limit, long total, boolean hasMore,
        List<InstructorBookingView> bookings) {
}
