package com.instainstru.instructors.profile.schema;

/**
 * Buffers and overnight protection; absent (null) fields keep their current value (initially 15, 60, true).
 * Saving them, even unchanged, records that the instructor has acknowledged the settings.
 */
public record CalendarSettingsRequest(Integer nonTravelBufferMinutes, Integer travelBufferMinutes,
        Boolean overnightProtectionEnabled) {
}
