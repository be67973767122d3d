package com.instainstru.bookings.creation;

import static com.instainstru.bookings.creation.BookingCreationTestKit.online;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.bookings.creation.schema.BookingResponse;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bookings in the instructor's zone across New York's DST changes: the spring gap of 2027-03-14 (02:00-03:00 does
 * not exist) and the fall overlap of 2026-11-01 (01:00-02:00 happens twice). Notice and buffers are measured on
 * instants, not wall clocks. Overnight protection is off here so that early-morning lessons reach the rules under
 * test.
 */
class BookingDaylightSavingTest {

    private static String code(Throwable thrown) {
        return ((DomainException) thrown).code();
    }

    @Nested
    class SpringForward {

        private final BookingCreationTestKit kit = new BookingCreationTestKit(Instant.parse("2027-03-10T14:00:00Z"));
        private final String instructor = kit.instructor();
        private final String service = kit.service(instructor, "online", 7500);

        SpringForward() {
            kit.openAllDay(instructor, LocalDate.parse("2027-03-13"), 3);
            kit.set(instructor, "overnight_protection_enabled", false);
        }

        @Test
        void aStartTimeInTheGapDoesNotExist() {
            for (String start : new String[] {"02:00", "02:30", "02:45"}) {
                assertThatThrownBy(() -> kit.bookings.create(kit.student(), online(instructor, service, "2027-03-14",
                        start, 30))).isInstanceOf(BusinessRuleException.class)
                        .satisfies(e -> assertThat(code(e)).isEqualTo("NONEXISTENT_LOCAL_TIME"));
            }
            assertThat(kit.bookings.check(kit.student(), online(instructor, service, "2027-03-14", "02:15", 30))
                    .code()).isEqualTo("NONEXISTENT_LOCAL_TIME");
        }

        @Test
        void timesAroundTheGapMapToTheirOffsets() {
            BookingResponse before = kit.bookings.create(kit.student(), online(instructor, service, "2027-03-14",
                    "01:00", 30));
            BookingResponse after = kit.bookings.create(kit.student(), online(instructor, service, "2027-03-14",
                    "03:00", 30));

            assertThat(before.startAt()).isEqualTo(Instant.parse("2027-03-14T06:00:00Z"));
            assertThat(after.startAt()).isEqualTo(Instant.parse("2027-03-14T07:00:00Z"));
            assertThat(after.endAt()).isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
        }

        @Test
        void noticeCountsRealMinutesAcrossTheGap() {
            // 01:00 EST -> 03:00 EDT is two hours on the wall clock but 60 real minutes
            kit.at(Instant.parse("2027-03-14T06:01:00Z"));
            assertThatThrownBy(() -> kit.bookings.create(kit.student(), online(instructor, service, "2027-03-14",
                    "03:00", 30))).satisfies(e -> assertThat(code(e)).isEqualTo("ADVANCE_NOTICE"));
            kit.at(Instant.parse("2027-03-14T06:00:00Z"));
            assertThat(kit.bookings.create(kit.student(), online(instructor, service, "2027-03-14", "03:00", 30))
                    .startAt()).isEqualTo(Instant.parse("2027-03-14T07:00:00Z"));
        }

        @Test
        void buffersCountRealMinutesAcrossTheGap() {
            // 01:00-01:45 EST ends at 06:45Z: a 03:00 EDT (07:00Z) start is 15 real minutes later
            kit.bookings.create(kit.student(), online(instructor, service, "2027-03-14", "01:00", 45));
            assertThat(kit.bookings.check(kit.student(), online(instructor, service, "2027-03-14", "03:00", 30))
                    .available()).isTrue();

            kit.set(instructor, "non_travel_buffer_minutes", 16);
            assertThat(kit.bookings.check(kit.student(), online(instructor, service, "2027-03-14", "03:00", 30))
                    .code()).isEqualTo("BOOKING_CONFLICT");
        }
    }

    @Nested
    class FallBack {

        private final BookingCreationTestKit kit = new BookingCreationTestKit(Instant.parse("2026-10-25T14:00:00Z"));
        private final String instructor = kit.instructor();
        private final String service = kit.service(instructor, "online", 7500);

        FallBack() {
            kit.openAllDay(instructor, LocalDate.parse("2026-10-31"), 3);
            kit.set(instructor, "overnight_protection_enabled", false);
        }

        @Test
        void anAmbiguousStartTakesTheFirstOccurrence() {
            BookingResponse ambiguous = kit.bookings.create(kit.student(), online(instructor, service, "2026-11-01",
                    "01:30", 30));

            assertThat(ambiguous.startAt()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
            assertThat(ambiguous.endAt()).isEqualTo(Instant.parse("2026-11-01T06:00:00Z"));
            assertThat(kit.bookings.create(kit.student(), online(instructor, service, "2026-11-01", "02:00", 30))
                    .startAt()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
        }

        @Test
        void theSameWallTimeTwiceIsTheSameLesson() {
            kit.bookings.create(kit.student(), online(instructor, service, "2026-11-01", "01:00", 30));

            assertThatThrownBy(() -> kit.bookings.create(kit.student(), online(instructor, service, "2026-11-01",
                    "01:00", 30))).isInstanceOf(ConflictException.class);
        }

        @Test
        void noticeCountsRealMinutesAcrossTheOverlap() {
            // 01:30 EDT (05:30Z) -> 02:00 EST (07:00Z): 30 minutes on the wall clock, 90 real minutes
            kit.at(Instant.parse("2026-11-01T05:30:00Z"));
            assertThat(kit.bookings.create(kit.student(), online(instructor, service, "2026-11-01", "02:00", 30))
                    .startAt()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
            // 02:45 EST is 07:45Z (and exactly the 15-minute buffer after 02:00-02:30)
            kit.at(Instant.parse("2026-11-01T06:46:00Z"));
            assertThatThrownBy(() -> kit.bookings.create(kit.student(), online(instructor, service, "2026-11-01",
                    "02:45", 30))).satisfies(e -> assertThat(code(e)).isEqualTo("ADVANCE_NOTICE"));
            kit.at(Instant.parse("2026-11-01T06:45:00Z"));
            assertThat(kit.bookings.create(kit.student(), online(instructor, service, "2026-11-01", "02:45", 30))
                    .status()).isEqualTo("PENDING");
        }
    }
}
