package com.instainstru.instructors.profile;

/**
 * Buffers between lessons and overnight protection (reference §7); used by bookings. A new profile starts
 * with 15 and 60 minutes and protection on (column defaults in V3).
 */
public record CalendarSettings(int nonTravelBufferMinutes, int travelBufferMinutes,
        boolean overnightProtectionEnabled) {
}
