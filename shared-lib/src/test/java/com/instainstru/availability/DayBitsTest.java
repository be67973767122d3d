package com.instainstru.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayBitsTest {

    @Test
    void minuteMLivesInByteMDiv8AtBitMMod8() {
        byte[] bytes = DayBits.of(List.of(new TimeWindow(9, 10), new TimeWindow(1439, 1440))).toBytes();

        assertThat(bytes).hasSize(180);
        assertThat(bytes[1]).isEqualTo((byte) 0b0000_0010); // minute 9: byte 1, bit 1
        assertThat(bytes[179]).isEqualTo((byte) 0b1000_0000); // minute 1439: byte 179, bit 7
        for (int i = 2; i < 179; i++) {
            assertThat(bytes[i]).isZero();
        }
        assertThat(bytes[0]).isZero();
    }

    @Test
    void windowsRoundTripThroughBits() {
        List<TimeWindow> windows = List.of(new TimeWindow(0, 1), new TimeWindow(540, 720), new TimeWindow(840, 1140),
                new TimeWindow(1439, 1440));

        DayBits bits = DayBits.of(windows);

        assertThat(bits.windows()).isEqualTo(windows);
        assertThat(DayBits.of(bits.toBytes())).isEqualTo(bits);
        assertThat(DayBits.fromBase64OrNull(bits.toBase64())).isEqualTo(bits);
    }

    @Test
    void consecutiveAndOverlappingWindowsMerge() {
        DayBits bits = DayBits.of(List.of(new TimeWindow(540, 600), new TimeWindow(600, 660),
                new TimeWindow(630, 700)));

        assertThat(bits.windows()).containsExactly(new TimeWindow(540, 700));
    }

    @Test
    void aWholeDayIsOneWindowEndingAtMidnight() {
        DayBits bits = DayBits.of(List.of(new TimeWindow(0, 1440)));

        assertThat(bits.windows()).containsExactly(new TimeWindow(0, 1440));
        assertThat(bits.windows().get(0).end()).isEqualTo("24:00");
        assertThat(bits.windows().get(0).start()).isEqualTo("00:00");
    }

    @Test
    void emptyDayHasNoWindows() {
        assertThat(DayBits.empty().windows()).isEmpty();
        assertThat(DayBits.empty().isEmpty()).isTrue();
        assertThat(DayBits.of(List.of(new TimeWindow(5, 6))).isEmpty()).isFalse();
    }

    @Test
    void rejectsBitmapsOfTheWrongLength() {
        assertThatThrownBy(() -> DayBits.of(new byte[179])).isInstanceOf(IllegalArgumentException.class);
        assertThat(DayBits.fromBase64OrNull(Base64.getEncoder().encodeToString(new byte[181]))).isNull();
        assertThat(DayBits.fromBase64OrNull(Base64.getEncoder().encodeToString(new byte[179]))).isNull();
        assertThat(DayBits.fromBase64OrNull("not base64!")).isNull();
        assertThat(DayBits.fromBase64OrNull(Base64.getEncoder().encodeToString(new byte[180]))).isEqualTo(
                DayBits.empty());
    }

    @Test
    void minutesBeforeACutoffComeFromTheEarlierDay() {
        DayBits earlier = DayBits.of(List.of(new TimeWindow(480, 600)));
        DayBits requested = DayBits.of(List.of(new TimeWindow(540, 720)));

        DayBits merged = requested.withMinutesBefore(570, earlier);

        // 08:00-09:30 kept as stored, from 09:30 on the requested 09:30-12:00.
        assertThat(merged.windows()).containsExactly(new TimeWindow(480, 720));
        assertThat(requested.withMinutesBefore(0, earlier)).isEqualTo(requested);
        assertThat(requested.withMinutesBefore(1440, earlier)).isEqualTo(earlier);
    }

    @Test
    void windowBoundsAreChecked() {
        assertThatThrownBy(() -> new TimeWindow(10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeWindow(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeWindow(0, 1441)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimeWindow(0, 1440).toString()).isEqualTo("00:00-24:00");
    }
}
