package com.instainstru.instructors.profile;

/** Buffers between lessons and overnight protection (reference §7); used by bookings. */
public record CalendarSettings(int nonTravelBufferMinutes, int travelBufferMinutes,
        boolean overnightProtectionEnabled) {

    public static final CalendarSettings DEFAULTS = new CalendarSettings(15, 60, true);
}
