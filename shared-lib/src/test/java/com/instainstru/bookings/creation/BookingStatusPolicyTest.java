package com.instainstru.bookings.creation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reference §9: a lesson less than 24 h ahead waits PENDING for its card's authorization. */
class BookingStatusPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final BookingStatusPolicy policy = new BookingStatusPolicy();

    @Test
    void aLessonStartingLessThan24HoursAfterNowIsPendingAndFromExactly24HoursConfirmed() {
        assertThat(policy.initialStatus(NOW.plus(Duration.ofHours(1)), NOW)).isEqualTo("PENDING");
        assertThat(policy.initialStatus(NOW.plus(Duration.ofHours(24)).minusSeconds(1), NOW)).isEqualTo("PENDING");
        assertThat(policy.initialStatus(NOW.plus(Duration.ofHours(24)), NOW)).isEqualTo("CONFIRMED");
        assertThat(policy.initialStatus(NOW.plus(Duration.ofDays(3)), NOW)).isEqualTo("CONFIRMED");
    }
}
