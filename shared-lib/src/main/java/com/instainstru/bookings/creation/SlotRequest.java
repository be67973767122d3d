package com.instainstru.bookings.creation;

import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.validation.FieldRules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A well-formed booking request: ids are ULIDs, the date and time parse, the duration is 30-720 minutes, the
 * location type is one of the four. {@link #parse} answers 400 naming every bad field before anything else runs.
 */
public record SlotRequest(
        String instructorId,
        String serviceId,
        LocalDate date,
        LocalTime startTime,
        int durationMinutes,
        LocationType locationType,
        String locationAddress,
        Double locationLat,
        Double locationLng,
        String locationPlaceId,
        String meetingLocation,
        String studentNote) {

    public static final int MIN_DURATION = 30;
    public static final int MAX_DURATION = 720;
    public static final int MAX_NOTE = 1000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    /** Minutes since local midnight of the start. */
    public int startMinute() {
        return startTime.getHour() * 60 + startTime.getMinute();
    }

    /** Minutes since local midnight of the end; 1440 when the lesson ends at midnight. */
    public int endMinute() {
        return startMinute() + durationMinutes;
    }

    public boolean hasCoordinates() {
        return locationLat != null && locationLng != null;
    }

    public static SlotRequest parse(CreateBookingRequest request) {
        FieldRules.requireBody(request);
        FieldRules rules = FieldRules.check()
                .rule(IdGenerator.isUlid(request.instructorId()), "instructorId", "ulid",
                        "instructorId must be a 26-character ULID")
                .rule(IdGenerator.isUlid(request.instructorServiceId()), "instructorServiceId", "ulid",
                        "instructorServiceId must be a 26-character ULID");
        LocalDate date = date(rules, request.bookingDate());
        LocalTime start = time(rules, request.startTime());
        Integer duration = request.durationMinutes();
        rules.required("durationMinutes", duration);
        if (duration != null) {
            rules.rule(duration >= MIN_DURATION, "durationMinutes", "min",
                    "durationMinutes must be at least " + MIN_DURATION)
                    .rule(duration <= MAX_DURATION, "durationMinutes", "max",
                            "durationMinutes must be at most " + MAX_DURATION);
        }
        LocationType type = request.locationType() == null ? LocationType.ONLINE
                : LocationType.parse(request.locationType()).orElse(null);
        rules.rule(type != null, "locationType", "one_of",
                "locationType must be one of student_location, instructor_location, online, neutral_location");
        rules.rule((request.locationLat() == null) == (request.locationLng() == null), "locationLat", "pair",
                "locationLat and locationLng go together")
                .rule(request.locationLat() == null || Math.abs(request.locationLat()) <= 90, "locationLat", "range",
                        "locationLat must be between -90 and 90")
                .rule(request.locationLng() == null || Math.abs(request.locationLng()) <= 180, "locationLng",
                        "range", "locationLng must be between -180 and 180")
                .optionalText("locationAddress", request.locationAddress(), 255)
                .optionalText("locationPlaceId", request.locationPlaceId(), 255)
                .optionalText("meetingLocation", request.meetingLocation(), 500)
                .optionalText("studentNote", request.studentNote(), MAX_NOTE)
                .orThrow();
        return new SlotRequest(request.instructorId(), request.instructorServiceId(), date, start, duration, type,
                blankToNull(request.locationAddress()), request.locationLat(), request.locationLng(),
                blankToNull(request.locationPlaceId()), blankToNull(request.meetingLocation()),
                blankToNull(request.studentNote()));
    }

    private static LocalDate date(FieldRules rules, String text) {
        if (text == null || text.isBlank()) {
            rules.required("bookingDate", text);
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        rules.rule(false, "bookingDate", "date", "bookingDate must be a date as YYYY-MM-DD");
        return null;
    }

    private static LocalTime time(FieldRules rules, String text) {
        if (text == null || text.isBlank()) {
            rules.required("startTime", text);
            return null;
        }
        try {
            if (TIME.matcher(text).matches()) {
                return LocalTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        rules.rule(false, "startTime", "time", "startTime must be a time as HH:MM (00:00-23:59)");
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
