package com.instainstru.instructors.services;

import com.instainstru.catalog.CatalogEntry;
import com.instainstru.catalog.PriceFloors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prorated lesson prices and the price-floor check (reference §7: $80/h in person, $60/h online, or the
 * catalog service's own floor).
 */
public final class LessonPricing {

    private LessonPricing() {
    }

    /**
     * The price of a lesson of {@code minutes} at {@code hourlyRateCents}: rate x minutes / 60 in integer
     * cents, rounded half up (e.g. 4999 c/h for 15 min = 1249.75 -> 1250; 30 min of 4999 = 2499.5 -> 2500).
     */
    public static long lessonCents(int hourlyRateCents, int minutes) {
        return Math.floorDiv((long) hourlyRateCents * minutes + 30, 60);
    }

    public static int hourlyFloorCents(CatalogEntry service, LessonFormat format) {
        return format.remote() ? PriceFloors.online(service) : PriceFloors.inPerson(service);
    }

    /**
     * Every (format, duration) whose lesson price is below the floor prorated to the same duration. The
     * comparison is on the exact amounts (rate x minutes against floor x minutes), before rounding: rounding
     * both to cents could make a rate a cent below the floor look equal for short lessons (7999 and 8000 c/h
     * both give 2000 c for 15 minutes). So a price passes exactly when its hourly rate meets the floor, and
     * the rounded amounts are what the error reports.
     */
    public static List<FloorViolation> belowFloor(CatalogEntry service, List<FormatPrice> prices,
            List<Integer> durations) {
        List<FloorViolation> violations = new ArrayList<>();
        for (FormatPrice price : prices) {
            int floor = hourlyFloorCents(service, price.format());
            for (int minutes : durations.stream().sorted().toList()) {
                if (price.hourlyRateCents() < floor) { // rate x minutes < floor x minutes, minutes > 0
                    violations.add(new FloorViolation(price.format().value(), minutes, price.hourlyRateCents(),
                            floor, lessonCents(price.hourlyRateCents(), minutes), lessonCents(floor, minutes)));
                }
            }
        }
        return violations;
    }

    public static String dollars(long cents) {
        return String.format(Locale.ROOT, "$%d.%02d", cents / 100, cents % 100);
    }

    /** A lesson priced below its floor; amounts in cents. */
    public record FloorViolation(String format, int durationMinutes, int hourlyRateCents, int hourlyFloorCents,
            long lessonPriceCents, long floorPriceCents) {

        public String describe() {
            String where = switch (format) {
                case "online" -> "online";
                case "student_location" -> "in-person (at the student's)";
                default -> "in-person (at your location)";
            };
            return "a " + durationMinutes + "-minute " + where + " lesson at " + dollars(hourlyRateCents) + "/h costs "
                    + dollars(lessonPriceCents) + ", below the " + dollars(floorPriceCents) + " floor ("
                    + dollars(hourlyFloorCents) + "/h)";
        }
    }
}
