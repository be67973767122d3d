package com.instainstru.bookings.publicavailability;

import java.time.ZoneId;

/** What public availability needs of a live, active instructor: their time zone and their buffers. */
public record PublicCalendar(String instructorId, String timeZone, int nonTravelBufferMinutes,
        int travelBufferMinutes) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
