package com.instainstru.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.availability.schema.AvailabilityWindow;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowParserTest {

    private static WindowParser.ParsedDay parse(AvailabilityWindow... windows) {
        return WindowParser.parse("days[0].windows", Arrays.asList(windows));
    }

    private static List<FieldViolation> violations(AvailabilityWindow... windows) {
        try {
            parse(windows);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected a 400");
    }

    @Test
    void parsesWindowsAndMergesTouchingOnes() {
        WindowParser.ParsedDay day = parse(new AvailabilityWindow("09:00", "12:00"),
                new AvailabilityWindow("12:00", "13:30"), new AvailabilityWindow("14:00:00", "19:00:00"));

        assertThat(day.day().windows()).containsExactly(new TimeWindow(540, 810), new TimeWindow(840, 1140));
        assertThat(day.nextDay().isEmpty()).isTrue();
    }

    @Test
    void anEndOf2400Or0000IsMidnight() {
        assertThat(parse(new AvailabilityWindow("22:00", "24:00")).day().windows())
                .containsExactly(new TimeWindow(1320, 1440));
        WindowParser.ParsedDay zero = parse(new AvailabilityWindow("22:00", "00:00"));
        assertThat(zero.day().windows()).containsExactly(new TimeWindow(1320, 1440));
        assertThat(zero.nextDay().isEmpty()).isTrue();
        assertThat(parse(new AvailabilityWindow("00:00", "24:00")).day().windows())
                .containsExactly(new TimeWindow(0, 1440));
    }

    @Test
    void anOvernightWindowIsSplitAtMidnight() {
        WindowParser.ParsedDay day = parse(new AvailabilityWindow("22:00", "02:30"));

        assertThat(day.day().windows()).containsExactly(new TimeWindow(1320, 1440));
        assertThat(day.nextDay().windows()).containsExactly(new TimeWindow(0, 150));
    }

    @Test
    void printedWindowsParseBackToTheSameBits() {
        DayBits bits = DayBits.of(List.of(new TimeWindow(0, 59), new TimeWindow(61, 62), new TimeWindow(1000, 1440)));
        AvailabilityWindow[] printed = bits.windows().stream()
                .map(window -> new AvailabilityWindow(window.start(), window.end()))
                .toArray(AvailabilityWindow[]::new);

        assertThat(parse(printed).day()).isEqualTo(bits);
    }

    @Test
    void malformedTimesNameTheirField() {
        assertThat(violations(new AvailabilityWindow("9:00", "12:00")))
                .containsExactly(new FieldViolation("days[0].windows[0].start", "time",
                        "days[0].windows[0].start must be a time HH:MM"));
        assertThat(violations(new AvailabilityWindow("09:00", "12:00"), new AvailabilityWindow("10:60", "25:00")))
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("days[0].windows[1].start", "time"),
                        org.assertj.core.groups.Tuple.tuple("days[0].windows[1].end", "time"));
    }

    @Test
    void midnightAsAStartIsOnly0000() {
        assertThat(violations(new AvailabilityWindow("24:00", "01:00")))
                .extracting(FieldViolation::field).containsExactly("days[0].windows[0].start");
        assertThat(parse(new AvailabilityWindow("23:59", "24:00")).day().windows())
                .containsExactly(new TimeWindow(1439, 1440));
        assertThat(violations(new AvailabilityWindow("10:00", "24:01")))
                .extracting(FieldViolation::field).containsExactly("days[0].windows[0].end");
    }

    @Test
    void emptyAndMissingWindowsAreRejected() {
        assertThat(violations(new AvailabilityWindow("10:00", "10:00")))
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("days[0].windows[0]", "empty_window"));
        assertThat(violations(new AvailabilityWindow("00:00", "00:00")))
                .extracting(FieldViolation::rule).containsExactly("empty_window");
        assertThat(violations(new AvailabilityWindow(null, " ")))
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("days[0].windows[0].start", "required"),
                        org.assertj.core.groups.Tuple.tuple("days[0].windows[0].end", "required"));
        assertThatThrownBy(() -> parse((AvailabilityWindow) null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theShortestWindowIsOneMinute() {
        assertThat(parse(new AvailabilityWindow("10:00", "10:01")).day().windows())
                .containsExactly(new TimeWindow(600, 601));
    }
}
