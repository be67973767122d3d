package com.instainstru.instructors.profile.schema;

import java.time.Instant;

public record CalendarSettingsView(int nonTravelBufferMinutes, int travelBufferMinutes,
        boolean overnightProtectionEnabled, Instant acknowledgedAt) {
}
