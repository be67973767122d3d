package com.instainstru.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeekVersionTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

    @Test
    void isTheSha1OfTheSevenDaysMondayToSundayWithZerosForMissingDays() throws Exception {
        DayBits tuesday = DayBits.of(List.of(new TimeWindow(540, 720)));
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        for (int i = 0; i < 7; i++) {
            sha1.update(i == 1 ? tuesday.toBytes() : new byte[180]);
        }

        assertThat(WeekVersion.of(MONDAY, Map.of(MONDAY.plusDays(1), tuesday)))
                .isEqualTo(HexFormat.of().formatHex(sha1.digest()))
                .hasSize(40);
    }

    @Test
    void anEmptyStoredDayEqualsAMissingOne() {
        assertThat(WeekVersion.of(MONDAY, Map.of(MONDAY, DayBits.empty())))
                .isEqualTo(WeekVersion.of(MONDAY, Map.of()));
    }

    @Test
    void dependsOnWhichDayHoldsTheBitsAndIgnoresDaysOutsideTheWeek() {
        DayBits bits = DayBits.of(List.of(new TimeWindow(540, 720)));

        assertThat(WeekVersion.of(MONDAY, Map.of(MONDAY, bits)))
                .isNotEqualTo(WeekVersion.of(MONDAY, Map.of(MONDAY.plusDays(6), bits)));
        assertThat(WeekVersion.of(MONDAY, Map.of(MONDAY.plusDays(7), bits)))
                .isEqualTo(WeekVersion.of(MONDAY, Map.of()));
    }

    @Test
    void onlyMondaysStartAWeek() {
        assertThatThrownBy(() -> WeekVersion.of(MONDAY.plusDays(1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ifMatchAcceptsQuotedWeakAndBareVersions() {
        assertThat(WeekVersion.etag("abc")).isEqualTo("\"abc\"");
        assertThat(WeekVersion.fromIfMatch("\"abc\"")).isEqualTo("abc");
        assertThat(WeekVersion.fromIfMatch("W/\"abc\"")).isEqualTo("abc");
        assertThat(WeekVersion.fromIfMatch(" abc ")).isEqualTo("abc");
        assertThat(WeekVersion.fromIfMatch(" ")).isNull();
        assertThat(WeekVersion.fromIfMatch(null)).isNull();
    }
}
