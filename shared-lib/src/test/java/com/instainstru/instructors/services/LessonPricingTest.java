package com.instainstru.instructors.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.catalog.CatalogEntry;
import com.instainstru.instructors.services.LessonPricing.FloorViolation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonPricingTest {

    private static final CatalogEntry PLATFORM_FLOORS = entry(null, null);
    private static final CatalogEntry OWN_FLOORS = entry(12_000, 10_000);

    @ParameterizedTest(name = "{0} c/h for {1} min = {2} c")
    @CsvSource({
        "8000, 60, 8000",
        "8000, 15, 2000",
        "7999, 15, 2000",   // 1999.75 rounds up
        "4999, 30, 2500",   // 2499.5: half rounds up
        "4999, 15, 1250",   // 1249.75
        "5001, 15, 1250",   // 1250.25 rounds down
        "6000, 45, 4500",
        "100000, 720, 1200000"})
    void lessonPricesAreProratedAndRoundedHalfUp(int rate, int minutes, long cents) {
        assertThat(LessonPricing.lessonCents(rate, minutes)).isEqualTo(cents);
    }

    @ParameterizedTest(name = "{0} at {1} c/h for {2} min: below floor = {3}")
    @CsvSource({
        "student_location, 8000, 30, false",
        "student_location, 7999, 30, true",
        "instructor_location, 8000, 45, false",
        "instructor_location, 7999, 45, true",
        "student_location, 8000, 90, false",
        "student_location, 7999, 90, true",
        // 7999 c/h for 15 minutes rounds to the floor's own $20.00, and is still refused
        "student_location, 7999, 15, true",
        "online, 6000, 30, false",
        "online, 5999, 30, true",
        "online, 6000, 120, false",
        "online, 5999, 120, true"})
    void thePlatformFloorHoldsAtEveryDuration(String format, int rate, int minutes, boolean below) {
        List<FloorViolation> violations = LessonPricing.belowFloor(PLATFORM_FLOORS,
                List.of(new FormatPrice(LessonFormat.parse(format).orElseThrow(), rate)), List.of(minutes));

        assertThat(!violations.isEmpty()).isEqualTo(below);
    }

    @ParameterizedTest(name = "{0} at {1} c/h: below the service's own floor = {2}")
    @CsvSource({
        "student_location, 12000, false",
        "student_location, 11999, true",
        "online, 10000, false",
        "online, 9999, true"})
    void aCatalogServiceFloorReplacesThePlatformOne(String format, int rate, boolean below) {
        assertThat(LessonPricing.belowFloor(OWN_FLOORS,
                List.of(new FormatPrice(LessonFormat.parse(format).orElseThrow(), rate)), List.of(60, 90)).isEmpty())
                .isEqualTo(!below);
    }

    @org.junit.jupiter.api.Test
    void theViolationReportsTheProratedAmounts() {
        List<FloorViolation> violations = LessonPricing.belowFloor(PLATFORM_FLOORS,
                List.of(new FormatPrice(LessonFormat.ONLINE, 5_000)), List.of(60, 30));

        assertThat(violations).hasSize(2);
        FloorViolation first = violations.get(0);
        assertThat(first.durationMinutes()).isEqualTo(30);
        assertThat(first.lessonPriceCents()).isEqualTo(2_500);
        assertThat(first.floorPriceCents()).isEqualTo(3_000);
        assertThat(first.describe())
                .isEqualTo("a 30-minute online lesson at $50.00/h costs $25.00, below the $30.00 floor ($60.00/h)");
    }

    private static CatalogEntry entry(Integer inPerson, Integer online) {
        return new CatalogEntry("01KDWC0000SVC0000000000001", "01KDWC0000SBC0000000000001", "Test", "test", null,
                List.of(), List.of("adults"), 60, inPerson, online, true, true);
    }
}
