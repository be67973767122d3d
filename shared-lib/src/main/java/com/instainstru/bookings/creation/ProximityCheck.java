package com.instainstru.bookings.creation;

import com.instainstru.bookings.creation.schema.ProximityWarning;
import com.instainstru.geo.Coordinates;
import com.instainstru.geo.GreatCircle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Non-blocking warnings (reference §9): the student has another lesson ending at most 30 minutes before this one
 * starts, or starting at most 30 minutes after it ends, at a different location (another place id, more than 0.1
 * mile apart, or another normalized address; online lessons are all in the same place).
 */
public final class ProximityCheck {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    static final double SAME_PLACE_METERS = 160.934;

    private ProximityCheck() {
    }

    public static List<ProximityWarning> warnings(SlotRequest slot, LessonTime lesson, List<ExistingBooking> nearby) {
        List<ProximityWarning> warnings = new ArrayList<>();
        for (ExistingBooking other : nearby) {
            long gapBefore = Duration.between(other.endAt(), lesson.start()).toMinutes();
            long gapAfter = Duration.between(lesson.end(), other.startAt()).toMinutes();
            long gap = Math.max(gapBefore, gapAfter);
            if (gap < 0 || gap > WINDOW.toMinutes() || sameLocation(slot, other)) {
                continue;
            }
            String when = gapBefore >= 0 ? "ends " + gap + " minutes before" : "starts " + gap + " minutes after";
            warnings.add(new ProximityWarning(other.id(), other.startAt(), other.endAt(), (int) gap,
                    "You have another lesson at a different location that " + when + " this one"));
        }
        return warnings;
    }

    static boolean sameLocation(SlotRequest slot, ExistingBooking other) {
        if (slot.locationType() == LocationType.ONLINE || other.locationType() == LocationType.ONLINE) {
            return slot.locationType() == other.locationType();
        }
        if (slot.locationPlaceId() != null && other.locationPlaceId() != null) {
            return slot.locationPlaceId().equals(other.locationPlaceId());
        }
        if (slot.hasCoordinates() && other.locationLat() != null) {
            return GreatCircle.distanceMeters(new Coordinates(slot.locationLat(), slot.locationLng()),
                    new Coordinates(other.locationLat(), other.locationLng())) <= SAME_PLACE_METERS;
        }
        if (slot.locationAddress() != null && other.locationAddress() != null) {
            return normalized(slot.locationAddress()).equals(normalized(other.locationAddress()));
        }
        return slot.locationType() == other.locationType();
    }

    private static String normalized(String address) {
        return address.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
